import { type Role } from '@grassroots/auth';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { SupervisionAppModule } from '../app.module';
import { type AuditStatus } from './audit-status.util';
import { Audit } from './audit.entity';

const TOWNSHIP = '421181111';
const VILLAGE = '421181111229';
const OTHER_TOWNSHIP_VILLAGE = '421181112001';
const CADRE_ID = '6f1c2b1e-3d4a-4b5c-8d6e-7f8091a2b3c4';

const FIELDS = 'id region { code } cadreName cadreId kind status scheduledFor cycle { start end }';
const SCHEDULE = `mutation Schedule($input: ScheduleAuditInput!) { scheduleAudit(input: $input) { ${FIELDS} } }`;
const ADVANCE = `mutation Advance($id: ID!, $to: AuditStatus!) { advanceAudit(id: $id, to: $to) { id status } }`;
const GET = `query Get($id: ID!) { audit(id: $id) { ${FIELDS} } }`;
const LIST = `query List($within: RegionCode, $kind: AuditKind, $status: AuditStatus, $first: Int, $after: String) {
  audits(within: $within, kind: $kind, status: $status, first: $first, after: $after) {
    totalCount nodes { id cadreName kind status } pageInfo { hasNextPage endCursor }
  }
}`;
const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Audit { id cadreName }
    ... on Region { code audits(first: 10) { totalCount } }
  }
}`;

type AuditNode = {
  id: string;
  region: { code: string };
  cadreName: string;
  cadreId: string | null;
  kind: string;
  status: AuditStatus;
  scheduledFor: string;
  cycle: { start: number; end: number };
};
type ListResult = {
  audits: { totalCount: number; nodes: { id: string; cadreName: string; kind: string; status: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

describe('Audit (supervision subgraph)', () => {
  let subgraph: TestSubgraph;

  const as = (roles: Role[], region = TOWNSHIP) => identityHeaders(testCaller(roles, region));
  const auditor = () => as(['audit']);
  const input = (overrides: Record<string, unknown> = {}) => ({
    regionCode: VILLAGE,
    cadreName: '张三',
    cadreId: CADRE_ID,
    kind: 'DEPARTURE',
    scheduledFor: '2026-12-01',
    ...overrides,
  });
  const schedule = async (overrides: Record<string, unknown> = {}, headers?: Record<string, string>) =>
    graphqlRequest<{ scheduleAudit: AuditNode }>(subgraph.url, SCHEDULE, { input: input(overrides) }, headers ?? (await auditor()));
  const advance = async (id: string, to: AuditStatus, headers?: Record<string, string>) =>
    graphqlRequest<{ advanceAudit: { id: string; status: AuditStatus } }>(subgraph.url, ADVANCE, { id, to }, headers ?? (await auditor()));
  const auditCount = () => subgraph.em().count(Audit, {});
  const statusOf = async (id: string) => (await subgraph.em().findOneOrFail(Audit, { id })).status;
  const arrange = async (regionCode: string, cadreName: string, scheduledFor: string, kind: Audit['kind'] = 'IN_OFFICE') => {
    const em = subgraph.em();
    const audit = new Audit(regionCode, cadreName, null, kind, scheduledFor);
    await em.persist(audit).flush();
    return audit;
  };

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('supervision', (config) => SupervisionAppModule.forRoot(config));
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  describe('success', () => {
    it('schedules a departure audit in the 2026–2028 cycle', async () => {
      const response = await schedule();

      expect(response.errors).toBeUndefined();
      expect(response.data!.scheduleAudit).toMatchObject({
        region: { code: VILLAGE },
        cadreName: '张三',
        cadreId: CADRE_ID,
        kind: 'DEPARTURE',
        status: 'SCHEDULED',
        scheduledFor: '2026-12-01',
        cycle: { start: 2026, end: 2028 },
      });
    });

    it('places a date on a cycle boundary in its cycle', async () => {
      const last = await schedule({ scheduledFor: '2025-12-31', cadreId: null, kind: 'IN_OFFICE' });
      const first = await schedule({ scheduledFor: '2014-01-01', cadreId: null, kind: 'IN_OFFICE' });

      expect(last.data!.scheduleAudit).toMatchObject({ cadreId: null, cycle: { start: 2023, end: 2025 } });
      expect(first.data!.scheduleAudit.cycle).toEqual({ start: 2014, end: 2016 });
    });

    it('lets the discipline commission schedule too', async () => {
      const response = await schedule({}, await as(['discipline']));

      expect(response.errors).toBeUndefined();
    });

    it('advances SCHEDULED → IN_PROGRESS → COMPLETED', async () => {
      const { id } = (await schedule()).data!.scheduleAudit;

      const started = await advance(id, 'IN_PROGRESS');
      const completed = await advance(id, 'COMPLETED');

      expect(started.data!.advanceAudit.status).toBe('IN_PROGRESS');
      expect(completed.data!.advanceAudit.status).toBe('COMPLETED');
      expect(await statusOf(id)).toBe('COMPLETED');
    });

    it('reads an audit by id', async () => {
      const created = (await schedule({ cadreName: '李四' })).data!.scheduleAudit;

      const response = await graphqlRequest<{ audit: AuditNode }>(subgraph.url, GET, { id: created.id }, await as(['analyst']));

      expect(response.errors).toBeUndefined();
      expect(response.data!.audit).toEqual(created);
    });

    it('resolves many references in one request and leaves out-of-scope ones null', async () => {
      const first = await arrange('421181111230', '甲', '2026-01-01');
      const second = await arrange('421181111231', '乙', '2026-01-02');
      const outside = await arrange(OTHER_TOWNSHIP_VILLAGE, '丙', '2026-01-03');
      const representations = [first, second, outside].map(({ id }) => ({ __typename: 'Audit', id }));

      const response = await graphqlRequest<{ _entities: ({ id: string; cadreName: string } | null)[] }>(
        subgraph.url,
        ENTITIES,
        { representations },
        await auditor(),
      );

      expect(response.errors).toBeUndefined();
      expect(response.data!._entities).toEqual([{ id: first.id, cadreName: '甲' }, { id: second.id, cadreName: '乙' }, null]);
    });
  });

  describe('failure', () => {
    it.each([
      ['a role that may not schedule', {}, ['township-officer'], 'FORBIDDEN'],
      ['a village in another township', { regionCode: OTHER_TOWNSHIP_VILLAGE }, ['audit'], 'FORBIDDEN'],
      ['a township instead of a village', { regionCode: TOWNSHIP }, ['audit'], 'BAD_USER_INPUT'],
      ['a blank cadre name', { cadreName: '  ' }, ['audit'], 'BAD_USER_INPUT'],
      ['a cadre name of 51 characters', { cadreName: '张'.repeat(51) }, ['audit'], 'BAD_USER_INPUT'],
      ['a malformed cadre id', { cadreId: 'cadre-1' }, ['audit'], 'BAD_USER_INPUT'],
      ['a date before the first cycle', { scheduledFor: '2013-12-31' }, ['audit'], 'BAD_USER_INPUT'],
      ['a date that does not exist', { scheduledFor: '2026-02-30' }, ['audit'], 'BAD_USER_INPUT'],
      ['an unknown kind', { kind: 'SPECIAL' }, ['audit'], 'BAD_USER_INPUT'],
    ] as [string, Record<string, unknown>, Role[], string][])('refuses to schedule with %s and writes nothing', async (_case, overrides, roles, code) => {
      const before = await auditCount();

      const response = await schedule(overrides, await as(roles));

      expect(errorCodes(response)).toEqual([code]);
      expect(response.data?.scheduleAudit ?? null).toBeNull();
      expect(await auditCount()).toBe(before);
    });

    it.each([
      ['SCHEDULED', 'COMPLETED'],
      ['SCHEDULED', 'SCHEDULED'],
    ] as [AuditStatus, AuditStatus][])('refuses %s → %s with CONFLICT and leaves the status', async (from, to) => {
      const { id } = (await schedule()).data!.scheduleAudit;
      expect(await statusOf(id)).toBe(from);

      const response = await advance(id, to);

      expect(errorCodes(response)).toEqual(['CONFLICT']);
      expect(response.errors![0].message).toContain('IN_PROGRESS');
      expect(await statusOf(id)).toBe(from);
    });

    it('refuses to move a completed audit back with CONFLICT', async () => {
      const { id } = (await schedule()).data!.scheduleAudit;
      await advance(id, 'IN_PROGRESS');
      await advance(id, 'COMPLETED');

      const back = await advance(id, 'IN_PROGRESS');

      expect(errorCodes(back)).toEqual(['CONFLICT']);
      expect(await statusOf(id)).toBe('COMPLETED');
    });

    it('refuses to advance without an auditing role (FORBIDDEN) or outside the scope (NOT_FOUND)', async () => {
      const { id } = (await schedule()).data!.scheduleAudit;
      const outside = await arrange(OTHER_TOWNSHIP_VILLAGE, '外镇干部', '2026-03-01');

      const wrongRole = await advance(id, 'IN_PROGRESS', await as(['village-cadre']));
      const hidden = await advance(outside.id, 'IN_PROGRESS');

      expect(errorCodes(wrongRole)).toEqual(['FORBIDDEN']);
      expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
      expect(await statusOf(id)).toBe('SCHEDULED');
      expect(await statusOf(outside.id)).toBe('SCHEDULED');
    });

    it('answers NOT_FOUND for an audit in another township and BAD_USER_INPUT for a malformed id', async () => {
      const outside = await arrange(OTHER_TOWNSHIP_VILLAGE, '外镇干部', '2026-03-02');

      const hidden = await graphqlRequest(subgraph.url, GET, { id: outside.id }, await auditor());
      const malformed = await graphqlRequest(subgraph.url, GET, { id: '42' }, await auditor());

      expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
      expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses to list another township with FORBIDDEN', async () => {
      const response = await graphqlRequest(subgraph.url, LIST, { within: '421181112' }, await auditor());

      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    });
  });

  describe('lists', () => {
    const PAGED_VILLAGE = '421181111240';

    it('pages through a village latest scheduled first, across two pages', async () => {
      await arrange(PAGED_VILLAGE, '一号', '2026-01-10');
      await arrange(PAGED_VILLAGE, '二号', '2026-02-10');
      await arrange(PAGED_VILLAGE, '三号', '2026-03-10');
      const headers = await auditor();

      const first = await graphqlRequest<ListResult>(subgraph.url, LIST, { within: PAGED_VILLAGE, first: 2 }, headers);
      const page1 = first.data!.audits;
      const second = await graphqlRequest<ListResult>(subgraph.url, LIST, { within: PAGED_VILLAGE, first: 2, after: page1.pageInfo.endCursor }, headers);
      const page2 = second.data!.audits;

      expect(page1.totalCount).toBe(3);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect(page1.nodes.map((node) => node.cadreName)).toEqual(['三号', '二号']);
      expect(page2.nodes.map((node) => node.cadreName)).toEqual(['一号']);
      expect(page2.pageInfo.hasNextPage).toBe(false);
    });

    it('filters by kind and status', async () => {
      const village = '421181111241';
      const departure = await arrange(village, '离任', '2026-04-01', 'DEPARTURE');
      await arrange(village, '任中', '2026-04-02', 'IN_OFFICE');
      await advance(departure.id, 'IN_PROGRESS');
      const headers = await auditor();

      const byKind = await graphqlRequest<ListResult>(subgraph.url, LIST, { within: village, kind: 'DEPARTURE' }, headers);
      const byStatus = await graphqlRequest<ListResult>(subgraph.url, LIST, { within: village, status: 'SCHEDULED' }, headers);

      expect(byKind.data!.audits.nodes.map((node) => node.cadreName)).toEqual(['离任']);
      expect(byStatus.data!.audits.nodes.map((node) => node.cadreName)).toEqual(['任中']);
    });

    it('adds the audits of a region to Region, within scope', async () => {
      const response = await graphqlRequest<{ _entities: { code: string; audits: { totalCount: number } }[] }>(
        subgraph.url,
        ENTITIES,
        { representations: [{ __typename: 'Region', code: PAGED_VILLAGE }] },
        await auditor(),
      );
      const refused = await graphqlRequest(subgraph.url, ENTITIES, { representations: [{ __typename: 'Region', code: '421181112' }] }, await auditor());

      expect(response.errors).toBeUndefined();
      expect(response.data!._entities).toEqual([{ code: PAGED_VILLAGE, audits: { totalCount: 3 } }]);
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    });
  });
});
