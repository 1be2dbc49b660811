import { OutboxMessage } from '@grassroots/messaging';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { AnnualRecord } from './annual-record.entity';
import { MemberDeparture } from './member-departure.entity';
import { MemberDisposition } from './member-disposition.entity';
import { MemberTransfer } from './member-transfer.entity';
import { PartyMember } from './party-member.entity';
import { type Headers, newBranchId, OTHER_TOWNSHIP, OTHER_TOWNSHIP_VILLAGE, personnelCallers, registerMember, SECOND_VILLAGE, VILLAGE } from './testing/party-member-fixtures';

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
      ['another township’s officer', 'otherOfficer', 'NOT_FOUND'],
      ['an analyst', 'analyst', 'FORBIDDEN'],
    ] as const)('refuses %s on every mutation', async (_case, caller, code) => {
      await refused(TRANSFER, { memberId, toRegionCode: SECOND_VILLAGE, transferredAt: '2024-01-01' }, code, callers[caller]);
      await refused(DEPART, { memberId, reason: 'DIED', leftAt: '2024-01-01' }, code, callers[caller]);
      await refused(ANNUAL, { memberId, year: 2022, summary: '...' }, code, callers[caller]);
    });

    it('hides a member from another township’s organization department on a disposition (NOT_FOUND)', async () => {
      const elsewhere = await identityHeaders(testCaller(['organization-dept'], OTHER_TOWNSHIP));
      await refused(DISPOSE, { memberId, kind: 'SUSPENSION', reason: '失联', decidedAt: '2024-01-01' }, 'NOT_FOUND', elsewhere);
    });
  });
});
