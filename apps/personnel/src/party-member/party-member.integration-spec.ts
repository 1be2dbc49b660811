import { OutboxMessage } from '@grassroots/messaging';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { newId } from '@grassroots/kernel';
import { PersonnelAppModule } from '../app.module';
import { knownBranch } from '../branch-directory/testing/branch-fixtures';
import { PartyMember } from './party-member.entity';

const REGISTER = `mutation Register($input: RegisterPartyMemberInput!) {
  registerPartyMember(input: $input) { id name branchId joinedAt region { code } }
}`;
const MEMBERS = `query Members($within: RegionCode, $first: Int, $after: String) {
  partyMembers(within: $within, first: $first, after: $after) {
    totalCount edges { cursor node { id name region { code } } } pageInfo { hasNextPage endCursor }
  }
}`;
const VILLAGE = '421181111229'; // 黄土岗镇 堰头垸村
const OTHER_TOWNSHIP_VILLAGE = '421181100200';
const SECOND_VILLAGE = '421181111201'; // 严家畈村
const branches = { ofVillage: newId(), ofSecondVillage: newId(), committee: newId(), dissolved: newId() };

describe('Party member registration', () => {
  let subgraph: TestSubgraph;
  let officer: Record<string, string>;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    officer = await identityHeaders(testCaller(['township-officer'], '421181111'));
    // What organization's events have told personnel about the township's organizations.
    await knownBranch(subgraph, VILLAGE, { organizationId: branches.ofVillage, name: '堰头垸村党支部' });
    await knownBranch(subgraph, SECOND_VILLAGE, { organizationId: branches.ofSecondVillage });
    await knownBranch(subgraph, VILLAGE, { organizationId: branches.committee, kind: 'COMMITTEE', name: '堰头垸村党委' });
    await knownBranch(subgraph, VILLAGE, { organizationId: branches.dissolved });
    await subgraph.em().getConnection().execute(`update known_party_organization set dissolved_at = '2022-01-01' where id = ?`, [branches.dissolved]);
  });
  afterAll(() => subgraph?.close());

  const rows = async () => ({
    members: await subgraph.em().count(PartyMember, {}),
    events: await subgraph.em().count(OutboxMessage, {}),
  });

  describe('success', () => {
    it('writes the member and its joined event in one transaction', async () => {
      const before = await rows();
      const response = await graphqlRequest<{ registerPartyMember: { id: string; region: { code: string } } }>(
        subgraph.url,
        REGISTER,
        { input: { name: '张建国', regionCode: VILLAGE, joinedAt: '2020-07-01' } },
        officer,
      );
      expect(response.errors).toBeUndefined();
      const id = response.data!.registerPartyMember.id;
      expect(response.data!.registerPartyMember.region).toEqual({ code: VILLAGE });
      expect(await rows()).toEqual({ members: before.members + 1, events: before.events + 1 });
      const event = await subgraph.em().findOneOrFail(OutboxMessage, { type: 'personnel.member.joined.v1', key: VILLAGE }, { orderBy: { seq: 'desc' } });
      expect(event.payload).toMatchObject({ subject: VILLAGE, data: { memberId: id, name: '张建国', regionCode: VILLAGE, joinedAt: '2020-07-01' } });
    });

    it('places the member in a branch 党支部 of the village that organization has published', async () => {
      const response = await graphqlRequest<{ registerPartyMember: { branchId: string } }>(
        subgraph.url,
        REGISTER,
        { input: { name: '陈建华', regionCode: VILLAGE, branchId: branches.ofVillage, joinedAt: '2016-07-01' } },
        officer,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.registerPartyMember.branchId).toBe(branches.ofVillage);
    });

    it('pages members by cursor without repeats', async () => {
      for (const name of ['李华', '王芳', '陈勇']) {
        await graphqlRequest(subgraph.url, REGISTER, { input: { name, regionCode: VILLAGE, joinedAt: '2019-01-02' } }, officer);
      }
      type Page = { partyMembers: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const first = await graphqlRequest<Page>(subgraph.url, MEMBERS, { first: 2 }, officer);
      expect(first.data!.partyMembers.totalCount).toBeGreaterThanOrEqual(4);
      expect(first.data!.partyMembers.pageInfo.hasNextPage).toBe(true);
      const second = await graphqlRequest<Page>(subgraph.url, MEMBERS, { first: 2, after: first.data!.partyMembers.pageInfo.endCursor }, officer);
      const ids = [...first.data!.partyMembers.edges, ...second.data!.partyMembers.edges].map((edge) => edge.node.id);
      expect(new Set(ids).size).toBe(4);
    });
  });

  describe('failure: nothing written', () => {
    it.each([
      ['an empty name', { name: '  ', regionCode: VILLAGE, joinedAt: '2020-01-01' }, /name/],
      ['a township instead of a village', { name: '刘强', regionCode: '421181111', joinedAt: '2020-01-01' }, /not a village/],
      ['a date in the future', { name: '刘强', regionCode: VILLAGE, joinedAt: '2999-01-01' }, /future/],
      ['a malformed date', { name: '刘强', regionCode: VILLAGE, joinedAt: '2020-02-30' }, /YYYY-MM-DD/],
      ['a malformed branch id', { name: '刘强', regionCode: VILLAGE, joinedAt: '2020-01-01', branchId: 'branch-1' }, /branchId/],
      ['a branch organization has not published', { name: '刘强', regionCode: VILLAGE, joinedAt: '2020-01-01', branchId: newId() }, /not known to personnel yet/],
      ['a branch of another village', { name: '刘强', regionCode: VILLAGE, joinedAt: '2020-01-01', branchId: branches.ofSecondVillage }, /not a branch of village/],
      ['a committee instead of a branch', { name: '刘强', regionCode: VILLAGE, joinedAt: '2020-01-01', branchId: branches.committee }, /not a branch/],
      ['a dissolved branch', { name: '刘强', regionCode: VILLAGE, joinedAt: '2020-01-01', branchId: branches.dissolved }, /dissolved/],
    ])('refuses %s with BAD_USER_INPUT', async (_case, input, message) => {
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, REGISTER, { input }, officer);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    });

    it('refuses a village in another township with FORBIDDEN', async () => {
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, REGISTER, { input: { name: '刘强', regionCode: OTHER_TOWNSHIP_VILLAGE, joinedAt: '2020-01-01' } }, officer);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(await rows()).toEqual(before);
    });

    it('refuses an analyst, who may only read, with FORBIDDEN', async () => {
      const analyst = await identityHeaders(testCaller(['analyst'], '421181'));
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, REGISTER, { input: { name: '刘强', regionCode: VILLAGE, joinedAt: '2020-01-01' } }, analyst);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(await rows()).toEqual(before);
    });

    it('does not show members of another township', async () => {
      const other = await identityHeaders(testCaller(['township-officer'], '421181100'));
      const response = await graphqlRequest<{ partyMembers: { totalCount: number } }>(subgraph.url, MEMBERS, {}, other);
      expect(response.data!.partyMembers.totalCount).toBe(0);
    });
  });
});
