import { OutboxMessage } from '@grassroots/messaging';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { AnnualRecord } from './annual-record.entity';
import { MemberDeparture } from './member-departure.entity';
import { MemberDisposition } from './member-disposition.entity';
import { MemberTransfer } from './member-transfer.entity';
import { PartyMember } from './party-member.entity';
import { knownBranch } from '../branch-directory/testing/branch-fixtures';
import { type Headers, newBranchId, nextIdNumber, OTHER_TOWNSHIP, OTHER_TOWNSHIP_VILLAGE, personnelCallers, registerMember, SECOND_VILLAGE, VILLAGE } from './testing/party-member-fixtures';

const TRANSFER = `mutation ($input: TransferPartyMemberInput!) { transferPartyMember(input: $input) { id branchId branchSince inVillage region { code } } }`;
const DEPART = `mutation ($input: RecordPartyMemberDepartureInput!) { recordPartyMemberDeparture(input: $input) { id leftAt leftReason } }`;
const DISPOSE = `mutation ($input: RecordPartyMemberDispositionInput!) { recordPartyMemberDisposition(input: $input) { id suspendedSince leftAt leftReason } }`;
const ANNUAL = `mutation ($input: RecordAnnualRecordInput!) { recordPartyMemberAnnualRecord(input: $input) { id memberId year rating summary recordedBy } }`;
const HISTORY = `query ($id: ID!) { partyMember(id: $id) { id leftAt
  transfers { totalCount nodes { fromRegion { code } region { code } fromBranchId toBranchId transferredAt recordedBy } }
  dispositions { totalCount nodes { kind reason decidedAt } }
  annualRecords { totalCount nodes { year rating } }
  departure { reason leftAt branchId region { code } } } }`;
const LIST = `query ($within: RegionCode, $includeLeft: Boolean) { partyMembers(within: $within, includeLeft: $includeLeft) { totalCount nodes { id } } }`;

describe('Party member history: transfers, departures, dispositions and annual records are rows', () => {
  let subgraph: TestSubgraph;
  let callers: Awaited<ReturnType<typeof personnelCallers>>;
  const branch = newBranchId();
  const otherBranch = newBranchId();

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    callers = await personnelCallers();
    // Branches personnel knows from organization's events: one in each village.
    await knownBranch(subgraph, VILLAGE, { organizationId: branch });
    await knownBranch(subgraph, SECOND_VILLAGE, { organizationId: otherBranch });
  });
  afterAll(() => subgraph?.close());

  const gql = <T = Record<string, unknown>>(query: string, input: Record<string, unknown>, headers: Headers = callers.officer) =>
    graphqlRequest<T>(subgraph.url, query, { input }, headers);
  const rows = async () => {
    const em = subgraph.em();
    return {
      members: await em.count(PartyMember, {}),
      current: await em.count(PartyMember, { leftAt: null }),
      transfers: await em.count(MemberTransfer, {}),
      departures: await em.count(MemberDeparture, {}),
      dispositions: await em.count(MemberDisposition, {}),
      annual: await em.count(AnnualRecord, {}),
      events: await em.count(OutboxMessage, {}),
    };
  };
  const latest = (type: string) => subgraph.em().findOneOrFail(OutboxMessage, { type }, { orderBy: { seq: 'desc' } });
  const member = (input: Record<string, unknown> = {}) => registerMember(subgraph, callers.officer, { branchId: branch, joinedAt: '2012-07-01', ...input });
  const history = async (id: string, headers: Headers = callers.officer) =>
    (await graphqlRequest<{ partyMember: Record<string, never> }>(subgraph.url, HISTORY, { id }, headers)).data!.partyMember;

  describe('success', () => {
    it('transfers a member to another village and branch, keeping where they came from', async () => {
      const { id } = await member();
      const before = await rows();
      const response = await gql<{ transferPartyMember: unknown }>(TRANSFER, { memberId: id, toRegionCode: SECOND_VILLAGE, toBranchId: otherBranch, transferredAt: '2024-04-01', inVillage: false });
      expect(response.errors).toBeUndefined();
      expect(response.data!.transferPartyMember).toEqual({ id, branchId: otherBranch, branchSince: '2024-04-01', inVillage: false, region: { code: SECOND_VILLAGE } });
      expect(await rows()).toEqual({ ...before, transfers: before.transfers + 1, events: before.events + 1 });
      expect((await latest('personnel.member.transferred.v1')).payload).toMatchObject({
        subject: SECOND_VILLAGE,
        data: { memberId: id, regionCode: SECOND_VILLAGE, fromRegionCode: VILLAGE, fromBranchId: branch, toBranchId: otherBranch, fromInVillage: true, inVillage: false, transferredAt: '2024-04-01' },
      });
      expect(await history(id)).toMatchObject({
        transfers: { totalCount: 1, nodes: [{ fromRegion: { code: VILLAGE }, region: { code: SECOND_VILLAGE }, fromBranchId: branch, toBranchId: otherBranch, recordedBy: 'officer-user' }] },
      });
    });

    it('records a member of the branch going to work away: a transfer row and event with the old and new residence, the branch date kept', async () => {
      const { id } = await member({ regionCode: VILLAGE });
      const before = await rows();
      const response = await gql<{ transferPartyMember: unknown }>(TRANSFER, { memberId: id, toRegionCode: VILLAGE, toBranchId: branch, transferredAt: '2024-05-06', inVillage: false });
      expect(response.errors).toBeUndefined();
      expect(response.data!.transferPartyMember).toEqual({ id, branchId: branch, branchSince: '2012-07-01', inVillage: false, region: { code: VILLAGE } });
      expect(await rows()).toEqual({ ...before, transfers: before.transfers + 1, events: before.events + 1 });
      expect((await latest('personnel.member.transferred.v1')).payload).toMatchObject({
        data: { memberId: id, regionCode: VILLAGE, fromRegionCode: VILLAGE, fromBranchId: branch, toBranchId: branch, fromInVillage: true, inVillage: false },
      });
    });

    it('records a death: the member leaves current lists, the row and event keep it', async () => {
      const { id } = await member({ regionCode: VILLAGE });
      const before = await rows();
      const response = await gql(DEPART, { memberId: id, reason: 'DIED', leftAt: '2025-02-03', note: '病故' });
      expect(response.errors).toBeUndefined();
      expect(await rows()).toEqual({ ...before, current: before.current - 1, departures: before.departures + 1, events: before.events + 1 });
      expect((await latest('personnel.member.left.v1')).payload).toMatchObject({
        subject: VILLAGE,
        data: { memberId: id, regionCode: VILLAGE, branchId: branch, inVillage: true, leftAt: '2025-02-03', reason: 'DIED' },
      });
      expect(await history(id)).toMatchObject({ leftAt: '2025-02-03', departure: { reason: 'DIED', branchId: branch, region: { code: VILLAGE } } });
      const current = await graphqlRequest<{ partyMembers: { nodes: { id: string }[] } }>(subgraph.url, LIST, { within: VILLAGE }, callers.officer);
      const all = await graphqlRequest<{ partyMembers: { nodes: { id: string }[] } }>(subgraph.url, LIST, { within: VILLAGE, includeLeft: true }, callers.officer);
      expect(current.data!.partyMembers.nodes.map((node) => node.id)).not.toContain(id);
      expect(all.data!.partyMembers.nodes.map((node) => node.id)).toContain(id);
    });

    it('suspends and restores a member (organization-dept), each a row, no event', async () => {
      const { id } = await member();
      const before = await rows();
      const suspended = await gql<{ recordPartyMemberDisposition: { suspendedSince: string } }>(
        DISPOSE,
        { memberId: id, kind: 'SUSPENSION', reason: '失联超过六个月', decidedAt: '2024-05-01' },
        callers.orgDept,
      );
      expect(suspended.data!.recordPartyMemberDisposition.suspendedSince).toBe('2024-05-01');
      const restored = await gql<{ recordPartyMemberDisposition: { suspendedSince: string | null } }>(
        DISPOSE,
        { memberId: id, kind: 'RESTORATION', reason: '恢复联系，经支部讨论恢复党籍', decidedAt: '2025-01-10' },
        callers.orgDept,
      );
      expect(restored.data!.recordPartyMemberDisposition.suspendedSince).toBeNull();
      expect(await rows()).toEqual({ ...before, dispositions: before.dispositions + 2 });
      expect(await history(id)).toMatchObject({ dispositions: { totalCount: 2, nodes: [{ kind: 'SUSPENSION' }, { kind: 'RESTORATION' }] } });
    });

    it('removes a member 除名: disposition and departure rows, member left published', async () => {
      const { id } = await member();
      const before = await rows();
      const response = await gql<{ recordPartyMemberDisposition: unknown }>(
        DISPOSE,
        { memberId: id, kind: 'REMOVAL', reason: '无正当理由连续六个月不参加组织生活', decidedAt: '2025-06-01' },
        callers.orgDept,
      );
      expect(response.data!.recordPartyMemberDisposition).toEqual({ id, suspendedSince: null, leftAt: '2025-06-01', leftReason: 'REMOVED' });
      expect(await rows()).toEqual({ ...before, current: before.current - 1, dispositions: before.dispositions + 1, departures: before.departures + 1, events: before.events + 1 });
      expect((await latest('personnel.member.left.v1')).payload).toMatchObject({ data: { memberId: id, reason: 'REMOVED', leftAt: '2025-06-01' } });
    });

    it('records one annual record per year', async () => {
      const { id } = await member();
      const before = await rows();
      for (const year of [2024, 2025]) {
        const response = await gql<{ recordPartyMemberAnnualRecord: unknown }>(ANNUAL, { memberId: id, year, rating: 'QUALIFIED', summary: `${year}年参加主题党日12次，联系农户5户` });
        expect(response.data!.recordPartyMemberAnnualRecord).toMatchObject({ memberId: id, year, rating: 'QUALIFIED', recordedBy: 'officer-user' });
      }
      expect(await rows()).toEqual({ ...before, annual: before.annual + 2 });
      expect(await history(id)).toMatchObject({ annualRecords: { totalCount: 2, nodes: [{ year: 2024 }, { year: 2025 }] } });
    });
  });

  describe('failure: nothing written', () => {
    let memberId: string;
    beforeAll(async () => {
      memberId = (await member()).id;
    });

    const refused = async (query: string, input: Record<string, unknown>, code: string, headers?: Headers, message?: RegExp) => {
      const before = await rows();
      const response = await gql(query, input, headers);
      expect(errorCodes(response)).toEqual([code]);
      if (message) expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    };

    it.each([
      ['a transfer to a village of another township', TRANSFER, () => ({ memberId, toRegionCode: OTHER_TOWNSHIP_VILLAGE, transferredAt: '2024-01-01' }), 'FORBIDDEN', null],
      ['a transfer into the same branch', TRANSFER, () => ({ memberId, toRegionCode: VILLAGE, toBranchId: branch, transferredAt: '2024-01-01' }), 'BAD_USER_INPUT', null],
      ['a transfer dated before the member joined', TRANSFER, () => ({ memberId, toRegionCode: SECOND_VILLAGE, transferredAt: '2011-01-01' }), 'CONFLICT', null],
      ['a transfer to a township code', TRANSFER, () => ({ memberId, toRegionCode: '421181111', transferredAt: '2024-01-01' }), 'BAD_USER_INPUT', null],
      ['a departure with reason REMOVED (needs a disposition)', DEPART, () => ({ memberId, reason: 'REMOVED', leftAt: '2024-01-01' }), 'BAD_USER_INPUT', null],
      ['probation cancelled for a full member', DEPART, () => ({ memberId, reason: 'PROBATION_CANCELLED', leftAt: '2024-01-01' }), 'CONFLICT', null],
      ['a departure in the future', DEPART, () => ({ memberId, reason: 'DIED', leftAt: '2099-01-01' }), 'BAD_USER_INPUT', null],
      ['a restoration of a member not suspended', DISPOSE, () => ({ memberId, kind: 'RESTORATION', reason: '恢复', decidedAt: '2024-01-01' }), 'CONFLICT', 'orgDept'],
      ['a disposition without a reason', DISPOSE, () => ({ memberId, kind: 'SUSPENSION', reason: ' ', decidedAt: '2024-01-01' }), 'BAD_USER_INPUT', 'orgDept'],
      ['a disposition by a township officer', DISPOSE, () => ({ memberId, kind: 'SUSPENSION', reason: '失联', decidedAt: '2024-01-01' }), 'FORBIDDEN', null],
      ['an annual record before the member joined', ANNUAL, () => ({ memberId, year: 2011, summary: '...' }), 'BAD_USER_INPUT', null],
      ['an annual record without a summary', ANNUAL, () => ({ memberId, year: 2020, summary: '' }), 'BAD_USER_INPUT', null],
    ] as const)('refuses %s', async (_case, query, input, code, caller: 'orgDept' | null) => {
      await refused(query, input(), code, caller ? callers[caller] : undefined);
    });

    it('refuses a second annual record for the same year (CONFLICT)', async () => {
      expect((await gql(ANNUAL, { memberId, year: 2023, summary: '参加组织生活' })).errors).toBeUndefined();
      await refused(ANNUAL, { memberId, year: 2023, summary: '重复' }, 'CONFLICT', undefined, /exists already/);
    });

    it('refuses any change to a member who left (CONFLICT)', async () => {
      const { id } = await member();
      expect((await gql(DEPART, { memberId: id, reason: 'WITHDREW', leftAt: '2024-01-01' })).errors).toBeUndefined();
      await refused(DEPART, { memberId: id, reason: 'DIED', leftAt: '2025-01-01' }, 'CONFLICT', undefined, /departure is final/);
      await refused(TRANSFER, { memberId: id, toRegionCode: SECOND_VILLAGE, transferredAt: '2025-01-01' }, 'CONFLICT');
      await refused(DISPOSE, { memberId: id, kind: 'SUSPENSION', reason: '失联', decidedAt: '2025-01-01' }, 'CONFLICT', callers.orgDept);
    });

    it.each([
      ['another township’s officer', 'otherOfficer', 'FORBIDDEN'],
      ['an analyst', 'analyst', 'FORBIDDEN'],
    ] as const)('refuses %s on every mutation', async (_case, caller, code) => {
      await refused(TRANSFER, { memberId, toRegionCode: SECOND_VILLAGE, transferredAt: '2024-01-01' }, code, callers[caller]);
      await refused(DEPART, { memberId, reason: 'DIED', leftAt: '2024-01-01' }, code, callers[caller]);
      await refused(ANNUAL, { memberId, year: 2022, summary: '...' }, code, callers[caller]);
    });

    it('refuses another township’s organization department a disposition (FORBIDDEN), like every other write outside the scope', async () => {
      const elsewhere = await identityHeaders(testCaller(['organization-dept'], OTHER_TOWNSHIP));
      await refused(DISPOSE, { memberId, kind: 'SUSPENSION', reason: '失联', decidedAt: '2024-01-01' }, 'FORBIDDEN', elsewhere, /outside your region scope/);
    });

    it('answers a member that does not exist with NOT_FOUND on every mutation', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      await refused(TRANSFER, { memberId: unknown, toRegionCode: SECOND_VILLAGE, transferredAt: '2024-01-01' }, 'NOT_FOUND');
      await refused(DEPART, { memberId: unknown, reason: 'DIED', leftAt: '2024-01-01' }, 'NOT_FOUND');
      await refused(ANNUAL, { memberId: unknown, year: 2022, summary: '...' }, 'NOT_FOUND');
      await refused(DISPOSE, { memberId: unknown, kind: 'SUSPENSION', reason: '失联', decidedAt: '2024-01-01' }, 'NOT_FOUND', callers.orgDept);
    });
  });

  describe('concurrent changes of one member run one after the other', () => {
    type Transferred = { memberId: string; fromRegionCode: string; fromBranchId: string | null; regionCode: string; toBranchId: string | null };
    // Holds the member row from the test's own transaction until both requests wait on a lock, so they
    // truly overlap (reading, then writing) whatever order they arrive in; then lets them run.
    async function overlapping<T>(memberId: string, requests: () => Promise<T>[]): Promise<T[]> {
      let pending: Promise<T[]> = Promise.resolve([]);
      await subgraph.em().transactional(async (tx) => {
        await tx.execute('select id from party_member where id = ? for update', [memberId]);
        pending = Promise.all(requests());
        for (let tries = 0; tries < 100; tries += 1) {
          const [{ waiting }] = await subgraph.em().execute<{ waiting: number }[]>(
            `select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
          );
          if (waiting >= 2) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
      return pending;
    }

    const eventsOf = async (type: string, memberId: string) =>
      (await subgraph.em().find(OutboxMessage, { type }, { orderBy: { seq: 'asc' } }))
        .map((message) => (message.payload as { data: Transferred }).data)
        .filter((data) => data.memberId === memberId);

    it('applies two simultaneous transfers in turn: the second starts where the first ended, one event each', async () => {
      const { id } = await member({ regionCode: VILLAGE });
      const third = await knownBranch(subgraph, VILLAGE);
      const before = await rows();
      const targets = [
        { regionCode: SECOND_VILLAGE, branchId: otherBranch },
        { regionCode: VILLAGE, branchId: third },
      ];
      const responses = await overlapping(id, () =>
        targets.map((target) => gql(TRANSFER, { memberId: id, toRegionCode: target.regionCode, toBranchId: target.branchId, transferredAt: '2024-04-01' })),
      );
      expect(responses.map((response) => response.errors)).toEqual([undefined, undefined]);
      expect(await rows()).toEqual({ ...before, transfers: before.transfers + 2, events: before.events + 2 });

      const [first, second] = await eventsOf('personnel.member.transferred.v1', id);
      expect(first).toMatchObject({ fromRegionCode: VILLAGE, fromBranchId: branch });
      // Whichever ran second saw the first's result as its origin: headcounts move A→B→C, never A→B and A→C.
      expect(second).toMatchObject({ fromRegionCode: first.regionCode, fromBranchId: first.toBranchId });
      expect([first, second].map((event) => event.toBranchId).sort()).toEqual([otherBranch, third].sort());
      const stored = await subgraph.em().fork().findOneOrFail(PartyMember, { id });
      expect({ regionCode: stored.regionCode, branchId: stored.branchId }).toEqual({ regionCode: second.regionCode, branchId: second.toBranchId });
      expect(await history(id)).toMatchObject({ transfers: { totalCount: 2 } });
    });

    it('records one of two simultaneous departures; the other is CONFLICT, and one member-left event is published', async () => {
      const { id } = await member();
      const before = await rows();
      const responses = await overlapping(id, () => [
        gql(DEPART, { memberId: id, reason: 'DIED', leftAt: '2025-02-03' }),
        gql(DEPART, { memberId: id, reason: 'WITHDREW', leftAt: '2025-02-04' }),
      ]);
      expect(responses.map((response) => errorCodes(response)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      expect(await rows()).toEqual({ ...before, current: before.current - 1, departures: before.departures + 1, events: before.events + 1 });
      expect(await eventsOf('personnel.member.left.v1', id)).toHaveLength(1);
    });

    it('records one of two simultaneous annual records of the same year; the other is CONFLICT', async () => {
      const { id } = await member();
      const before = await rows();
      const responses = await overlapping(id, () => ['参加主题党日12次', '联系农户5户'].map((summary) => gql(ANNUAL, { memberId: id, year: 2024, summary })));
      expect(responses.map((response) => errorCodes(response)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      expect(await rows()).toEqual({ ...before, annual: before.annual + 1 });
    });
  });

  describe('personal data by role: names, birth dates and free text masked for analysts only', () => {
    const PERSONAL = `query ($id: ID!) { partyMember(id: $id) { name birthDate
      transfers { nodes { note } } dispositions { nodes { reason } } annualRecords { nodes { summary } } departure { note } } }`;
    const visible = {
      name: '欧阳建华',
      birthDate: '1980-05-20',
      transfers: { nodes: [{ note: '外出务工' }] },
      dispositions: { nodes: [{ reason: '失联超过六个月' }, { reason: '恢复联系' }] },
      annualRecords: { nodes: [{ summary: '参加主题党日12次' }] },
      departure: { note: '病故' },
    };
    let id: string;

    beforeAll(async () => {
      id = (await member({ name: visible.name, idNumber: nextIdNumber(visible.birthDate) })).id;
      const steps: [string, Record<string, unknown>, Headers?][] = [
        [TRANSFER, { memberId: id, toRegionCode: VILLAGE, toBranchId: branch, inVillage: false, transferredAt: '2023-03-01', note: '外出务工' }],
        [DISPOSE, { memberId: id, kind: 'SUSPENSION', reason: '失联超过六个月', decidedAt: '2023-09-01' }, callers.orgDept],
        [DISPOSE, { memberId: id, kind: 'RESTORATION', reason: '恢复联系', decidedAt: '2024-01-05' }, callers.orgDept],
        [ANNUAL, { memberId: id, year: 2024, summary: '参加主题党日12次' }],
        [DEPART, { memberId: id, reason: 'DIED', leftAt: '2025-03-01', note: '病故' }],
      ];
      for (const [query, input, headers] of steps) expect((await gql(query, input, headers)).errors).toBeUndefined();
    });

    it.each([
      ['organization-dept', 'orgDept'],
      ['discipline (reads all)', 'discipline'],
      ['township-officer (its own township)', 'officer'],
    ] as const)('shows %s the member and its history as recorded', async (_role, caller) => {
      const response = await graphqlRequest<{ partyMember: unknown }>(subgraph.url, PERSONAL, { id }, callers[caller]);
      expect(response.errors).toBeUndefined();
      expect(response.data!.partyMember).toEqual(visible);
    });

    it.each([
      ['an analyst', ['analyst']],
      ['an analyst who also holds organization-dept', ['analyst', 'organization-dept']],
    ] as const)('masks for %s: 欧***, no birth date, *** for every note, reason and summary', async (_case, roles) => {
      const headers = await identityHeaders(testCaller([...roles], '421181'));
      const response = await graphqlRequest<{ partyMember: unknown }>(subgraph.url, PERSONAL, { id }, headers);
      expect(response.errors).toBeUndefined();
      expect(response.data!.partyMember).toEqual({
        name: '欧***',
        birthDate: null,
        transfers: { nodes: [{ note: '***' }] },
        dispositions: { nodes: [{ reason: '***' }, { reason: '***' }] },
        annualRecords: { nodes: [{ summary: '***' }] },
        departure: { note: '***' },
      });
    });

    it('masks names in the lists an analyst reads: partyMembers, Region.partyMembers and PartyOrganization.members', async () => {
      const LISTS = `query ($representations: [_Any!]!) {
        partyMembers(within: "${VILLAGE}", includeLeft: true, first: 100) { nodes { id name birthDate } }
        _entities(representations: $representations) {
          ... on Region { partyMembers(includeLeft: true, first: 100) { nodes { id name birthDate } } }
          ... on PartyOrganization { members(includeLeft: true, first: 100) { nodes { id name birthDate } } }
        } }`;
      const representations = [{ __typename: 'Region', code: VILLAGE }, { __typename: 'PartyOrganization', id: branch }];
      type Node = { id: string; name: string; birthDate: string | null };
      const read = async (headers: Headers) => {
        const response = await graphqlRequest<{ partyMembers: { nodes: Node[] }; _entities: { partyMembers?: { nodes: Node[] }; members?: { nodes: Node[] } }[] }>(
          subgraph.url,
          LISTS,
          { representations },
          headers,
        );
        expect(response.errors).toBeUndefined();
        const [region, organization] = response.data!._entities;
        return [response.data!.partyMembers.nodes, region.partyMembers!.nodes, organization.members!.nodes].map((nodes) => nodes.find((node) => node.id === id));
      };
      expect(await read(callers.analyst)).toEqual([0, 1, 2].map(() => ({ id, name: '欧***', birthDate: null })));
      expect(await read(callers.officer)).toEqual([0, 1, 2].map(() => ({ id, name: visible.name, birthDate: visible.birthDate })));
    });
  });
});
