import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { TalentRecord, TalentRecordChange } from './talent-record.entity';

const ADD = `mutation Add($input: AddTalentRecordInput!) {
  addTalentRecord(input: $input) { id kind name since until note region { code } }
}`;
const END = `mutation End($id: ID!, $until: LocalDate!, $note: String) { endTalentRecord(id: $id, until: $until, note: $note) { id until } }`;
const POOL = `query Pool($within: RegionCode, $kind: TalentKind, $activeOn: LocalDate, $first: Int, $after: String) {
  talentPool(within: $within, kind: $kind, activeOn: $activeOn, first: $first, after: $after) {
    totalCount nodes { name kind since until note } pageInfo { hasNextPage endCursor }
  }
}`;
const COUNTS = `query Counts($within: RegionCode, $activeOn: LocalDate) {
  talentPoolCounts(within: $within, activeOn: $activeOn) { region { code } activeOn reserve ruralElite volunteer total }
}`;

const TOWNSHIP = '421181111';
const VILLAGE = '421181111229';
const SECOND_VILLAGE = '421181111201';
const OTHER_TOWNSHIP_VILLAGE = '421181100200';
type Headers = Record<string, string>;

describe('Talent pool: reserve cadres, rural elites and volunteers', () => {
  let subgraph: TestSubgraph;
  let officer: Headers;
  let civilAffairs: Headers;
  let countyOrgDept: Headers;
  let reserveId: string;

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Headers = officer) =>
    graphqlRequest<T>(subgraph.url, query, variables, headers);
  const add = async (input: Record<string, unknown>, headers: Headers = officer): Promise<string> => {
    const response = await gql<{ addTalentRecord: { id: string } }>(ADD, { input }, headers);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.addTalentRecord.id;
  };
  const rows = async () => ({ records: await subgraph.em().count(TalentRecord, {}), changes: await subgraph.em().count(TalentRecordChange, {}) });

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP));
    civilAffairs = await identityHeaders(testCaller(['civil-affairs'], '421181'));
    countyOrgDept = await identityHeaders(testCaller(['organization-dept'], '421181'));
    reserveId = await add({ kind: 'RESERVE', name: '郑后备', regionCode: VILLAGE, since: '2023-05-01', note: '返乡大学生' });
    await add({ kind: 'RESERVE', name: '王后备', regionCode: SECOND_VILLAGE, since: '2024-01-10' });
    await add({ kind: 'RURAL_ELITE', name: '李乡贤', regionCode: TOWNSHIP, since: '2022-09-01', note: '乡贤理事会副会长' }, civilAffairs);
    await add({ kind: 'VOLUNTEER', name: '赵志愿', regionCode: `${VILLAGE}003`, since: '2025-03-05' }, civilAffairs);
    await add({ kind: 'VOLUNTEER', name: '外镇志愿', regionCode: OTHER_TOWNSHIP_VILLAGE, since: '2025-03-05' }, civilAffairs);
  });
  afterAll(() => subgraph?.close());

  describe('success', () => {
    it('adds a record with who, where and since when', async () => {
      const before = await rows();
      const response = await gql<{ addTalentRecord: Record<string, unknown> }>(ADD, { input: { kind: 'RESERVE', name: '孙后备', regionCode: VILLAGE, since: '2025-06-01' } });
      expect(response.errors).toBeUndefined();
      expect(response.data!.addTalentRecord).toMatchObject({ kind: 'RESERVE', name: '孙后备', since: '2025-06-01', until: null, region: { code: VILLAGE } });
      expect(await rows()).toEqual({ ...before, records: before.records + 1 });
    });

    it('lists the pool by kind and by day, and masks it for an analyst', async () => {
      type Pool = { talentPool: { totalCount: number; nodes: { name: string; note: string | null }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const reserve = await gql<Pool>(POOL, { kind: 'RESERVE' });
      expect(reserve.data!.talentPool.nodes.map((node) => node.name)).toEqual(['王后备', '郑后备', '孙后备']);
      const in2023 = await gql<Pool>(POOL, { activeOn: '2023-12-31' });
      expect(in2023.data!.talentPool.nodes.map((node) => node.name)).toEqual(['李乡贤', '郑后备']);
      const page = await gql<Pool>(POOL, { first: 2 });
      const next = await gql<Pool>(POOL, { first: 2, after: page.data!.talentPool.pageInfo.endCursor });
      expect(page.data!.talentPool.totalCount).toBe(5);
      expect(next.data!.talentPool.nodes).toHaveLength(2);
      const analyst = await identityHeaders(testCaller(['analyst'], '421181'));
      const masked = await gql<Pool>(POOL, { kind: 'RURAL_ELITE' }, analyst);
      expect(masked.data!.talentPool.nodes).toEqual([{ name: '李**', kind: 'RURAL_ELITE', since: '2022-09-01', until: null, note: '***' }]);
    });

    it('counts each kind in one query, within the scope', async () => {
      const counts = await gql<{ talentPoolCounts: Record<string, unknown> }>(COUNTS, { activeOn: '2026-01-01' });
      expect(counts.data!.talentPoolCounts).toEqual({ region: { code: TOWNSHIP }, activeOn: '2026-01-01', reserve: 3, ruralElite: 1, volunteer: 1, total: 5 });
      const county = await gql<{ talentPoolCounts: Record<string, unknown> }>(COUNTS, { within: '421181', activeOn: '2026-01-01' }, countyOrgDept);
      expect(county.data!.talentPoolCounts).toMatchObject({ region: { code: '421181' }, volunteer: 2, total: 6 });
      const village = await gql<{ talentPoolCounts: Record<string, unknown> }>(COUNTS, { within: VILLAGE, activeOn: '2024-01-01' });
      expect(village.data!.talentPoolCounts).toMatchObject({ reserve: 1, ruralElite: 0, volunteer: 0, total: 1 });
    });

    it('ends a record with a recorded change; it then leaves the current counts', async () => {
      const before = await rows();
      const ended = await gql<{ endTalentRecord: { until: string } }>(END, { id: reserveId, until: '2026-03-31', note: '已当选村委委员' });
      expect(ended.errors).toBeUndefined();
      expect(await rows()).toEqual({ ...before, changes: before.changes + 1 });
      expect(await subgraph.em().findOneOrFail(TalentRecordChange, { record: reserveId })).toMatchObject({ fromUntil: null, toUntil: '2026-03-31', note: '已当选村委委员' });
      const counts = await gql<{ talentPoolCounts: { reserve: number } }>(COUNTS, { activeOn: '2026-04-01' });
      expect(counts.data!.talentPoolCounts.reserve).toBe(2);
    });
  });

  describe('failure: nothing written', () => {
    const valid = { kind: 'RESERVE', name: '钱后备', regionCode: VILLAGE, since: '2025-01-01' };
    const expectRefused = async (query: string, variables: Record<string, unknown>, code: string, message?: RegExp, headers: Headers = officer) => {
      const before = await rows();
      const response = await gql(query, variables, headers);
      expect(errorCodes(response)).toEqual([code]);
      if (message) expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    };

    it.each([
      ['an empty name', { name: '' }, /name/],
      ['a county', { regionCode: '421181' }, /above township level/],
      ['a date in the future', { since: '2999-01-01' }, /future/],
    ])('refuses %s with BAD_USER_INPUT', async (_case, change, message) => {
      await expectRefused(ADD, { input: { ...valid, ...change } }, 'BAD_USER_INPUT', message, countyOrgDept);
    });

    it('refuses civil affairs on the reserve pool, an analyst, and a county-wide township officer with FORBIDDEN', async () => {
      await expectRefused(ADD, { input: valid }, 'FORBIDDEN', /organization-dept, township-officer/, civilAffairs);
      await expectRefused(ADD, { input: valid }, 'FORBIDDEN', undefined, await identityHeaders(testCaller(['analyst'], '421181')));
      await expectRefused(ADD, { input: valid }, 'FORBIDDEN', /township/, await identityHeaders(testCaller(['township-officer'], '421181')));
    });

    it('refuses a village of another township with FORBIDDEN', async () => {
      await expectRefused(ADD, { input: { ...valid, regionCode: OTHER_TOWNSHIP_VILLAGE } }, 'FORBIDDEN');
    });

    it('refuses to end a record twice (CONFLICT), before it began (BAD_USER_INPUT), elsewhere (FORBIDDEN) or unknown (NOT_FOUND)', async () => {
      const id = await add({ kind: 'VOLUNTEER', name: '周志愿', regionCode: VILLAGE, since: '2025-01-01' });
      await expectRefused(END, { id, until: '2024-12-31' }, 'BAD_USER_INPUT', /before since/);
      await expectRefused(END, { id, until: '2025-06-30' }, 'FORBIDDEN', undefined, await identityHeaders(testCaller(['township-officer'], '421181100')));
      await expectRefused(END, { id: '00000000-0000-4000-8000-000000000000', until: '2025-06-30' }, 'NOT_FOUND');
      await expectRefused(END, { id: reserveId, until: '2026-04-30' }, 'CONFLICT', /already ended/);
    });
  });
});
