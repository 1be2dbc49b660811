import { shanghaiDate } from '@grassroots/kernel';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { Household } from './household.entity';
import { householdLinkFixtures, MEMBER_DEPARTURE, type Person } from './testing/household-link-fixtures';

const REGISTER = `mutation Register($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`;
const LINK = `mutation Link($input: LinkHouseholdInput!) { linkHousehold(input: $input) { id } }`;
const END = `mutation End($id: ID!) { endHouseholdLink(id: $id) { id } }`;
const VISIT = `mutation Visit($input: RecordHouseholdVisitInput!) { recordHouseholdVisit(input: $input) { id } }`;
const WITHOUT_LINK = `query Unlinked($village: RegionCode!, $first: Int, $after: String) {
  householdsWithoutLink(village: $village, first: $first, after: $after) { totalCount nodes { id headName region { code } } pageInfo { hasNextPage endCursor } }
}`;
const UNDER_QUOTA = `query Under($village: RegionCode!, $first: Int, $after: String) {
  peopleUnderQuota(village: $village, first: $first, after: $after) {
    totalCount nodes { personId personKind name linkRole quota activeLinks gap region { code } } pageInfo { hasNextPage endCursor }
  }
}`;
const UNVISITED = `query Unvisited($within: RegionCode, $asOf: LocalDate, $first: Int, $after: String) {
  linksWithoutVisitThisMonth(within: $within, asOf: $asOf, first: $first, after: $after) { totalCount nodes { id personName household { id } } pageInfo { hasNextPage endCursor } }
}`;
const SUMMARY = `query Summary($codes: [_Any!]!) {
  _entities(representations: $codes) {
    ... on Region { code householdLinkSummary { month households linkedHouseholds unlinkedHouseholds activeLinks visitsThisMonth } }
  }
}`;
const HOUSEHOLD_REF = `query Ref($id: ID!) { _entities(representations: [{ __typename: "Household", id: $id }]) { ... on Household { id headName address } } }`;

const TOWNSHIP = '421181111'; // 黄土岗镇
const VILLAGE = '421181111201'; // 严家畈村
const NEIGHBOUR = '421181111229'; // 堰头垸村
const OTHER_TOWNSHIP = '421181100'; // 中馆驿镇

type Headers = Record<string, string>;

describe('Household-link reports', () => {
  let subgraph: TestSubgraph;
  let officer: Headers;
  let today: string;
  const statements: string[] = [];
  const households: string[] = [];
  const links: Record<string, string> = {};
  const people: Record<string, string> = {};
  const fixtures = householdLinkFixtures(
    () => subgraph,
    () => officer,
  );

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config), { queryLogger: (sql) => statements.push(sql) });
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP));
    today = shanghaiDate();
    // 严家畈村: five households (two in group 001). The secretary, a party member, links three;
    // a party member who is also a representative links one of those; a grid worker's link
    // ended; a committee member, a member and a representative link none; a migrant member
    // and a departed one are not expected to link. One visit this month.
    for (const [regionCode, headName] of [
      [VILLAGE, '甲户'],
      [VILLAGE, '乙户'],
      [`${VILLAGE}001`, '丙户'],
      [`${VILLAGE}001`, '丁户'],
      [VILLAGE, '戊户'],
    ]) {
      const response = await graphqlRequest<{ registerHousehold: { id: string } }>(subgraph.url, REGISTER, { input: { regionCode, headName, address: '严家畈' } }, officer);
      households.push(response.data!.registerHousehold.id);
    }
    people.chief = await fixtures.member(VILLAGE, '严书记');
    await fixtures.cadre(VILLAGE, '严书记', 'SECRETARY', people.chief);
    people.member = await fixtures.member(VILLAGE, '严党员');
    await fixtures.representative(VILLAGE, '严党员', people.member);
    people.committee = (await fixtures.cadre(VILLAGE, '严委员', 'COMMITTEE_MEMBER')).cadreId;
    people.newMember = await fixtures.member(VILLAGE, '严新党员', { joinedAt: '2025-07-01' });
    people.representative = await fixtures.representative(VILLAGE, '严代表');
    await fixtures.member(VILLAGE, '严流动', { inVillage: false });
    const departed = await fixtures.member(VILLAGE, '严离开');
    await fixtures.call(MEMBER_DEPARTURE, { input: { memberId: departed, reason: 'TRANSFERRED_OUT', leftAt: today } });

    const link = async (name: string, person: Person, householdId: string) => {
      const response = await graphqlRequest<{ linkHousehold: { id: string } }>(subgraph.url, LINK, { input: { person, householdId } }, officer);
      expect(response.errors).toBeUndefined();
      links[name] = response.data!.linkHousehold.id;
    };
    await link('chief-1', { memberId: people.chief }, households[0]);
    await link('chief-2', { memberId: people.chief }, households[1]);
    await link('chief-3', { memberId: people.chief }, households[2]);
    await link('member-1', { memberId: people.member }, households[0]);
    await link('worker-1', { gridWorkerName: '严网格' }, households[3]);
    await graphqlRequest(subgraph.url, END, { id: links['worker-1'] }, officer);
    const visit = await graphqlRequest(subgraph.url, VISIT, { input: { linkId: links['chief-1'], visitedOn: today } }, officer);
    expect(visit.errors).toBeUndefined();
    // A neighbouring village's household, linked, so village lists must leave it out.
    const neighbour = await graphqlRequest<{ registerHousehold: { id: string } }>(subgraph.url, REGISTER, { input: { regionCode: NEIGHBOUR, headName: '邻户' } }, officer);
    await link('neighbour', { memberId: await fixtures.member(NEIGHBOUR, '邻村党员') }, neighbour.data!.registerHousehold.id);
  });
  afterAll(() => subgraph?.close());

  it('lists the village’s households nobody links, groups included, page by page', async () => {
    type Unlinked = { householdsWithoutLink: { totalCount: number; nodes: { id: string; region: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await graphqlRequest<Unlinked>(subgraph.url, WITHOUT_LINK, { village: VILLAGE, first: 1 }, officer);
    expect(first.errors).toBeUndefined();
    expect(first.data!.householdsWithoutLink).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await graphqlRequest<Unlinked>(subgraph.url, WITHOUT_LINK, { village: VILLAGE, first: 1, after: first.data!.householdsWithoutLink.pageInfo.endCursor }, officer);
    expect(second.data!.householdsWithoutLink.pageInfo.hasNextPage).toBe(false);
    // 戊户 never linked, 丁户 linked only by the grid worker whose link ended.
    expect([...first.data!.householdsWithoutLink.nodes, ...second.data!.householdsWithoutLink.nodes]).toEqual([
      { id: households[4], headName: '戊户', region: { code: VILLAGE } },
      { id: households[3], headName: '丁户', region: { code: `${VILLAGE}001` } },
    ]);
  });

  it('lists everyone who should link and is under quota, unlinked people included, largest gap first, in one statement', async () => {
    type Under = { peopleUnderQuota: { totalCount: number; nodes: Record<string, unknown>[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    statements.length = 0;
    const response = await graphqlRequest<Under>(subgraph.url, UNDER_QUOTA, { village: VILLAGE }, officer);
    expect(response.errors).toBeUndefined();
    expect(statements).toHaveLength(1);
    const village = { code: VILLAGE };
    const worker = response.data!.peopleUnderQuota.nodes.find((node) => node.personKind === 'GRID_WORKER') as { personId: string };
    // Gap 1 ties are ordered by id.
    const ones = [
      { personId: people.representative, personKind: 'REPRESENTATIVE', name: '严代表', linkRole: 'REPRESENTATIVE', quota: 1, activeLinks: 0, gap: 1, region: village },
      { personId: worker.personId, personKind: 'GRID_WORKER', name: '严网格', linkRole: 'GRID_WORKER', quota: 1, activeLinks: 0, gap: 1, region: village },
    ].sort((a, b) => a.personId.localeCompare(b.personId));
    expect(response.data!.peopleUnderQuota).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: false } });
    expect(response.data!.peopleUnderQuota.nodes).toEqual([
      // The secretary is a member: one person, by the highest role.
      { personId: people.chief, personKind: 'MEMBER', name: '严书记', linkRole: 'CHIEF_CADRE', quota: 10, activeLinks: 3, gap: 7, region: village },
      { personId: people.committee, personKind: 'CADRE', name: '严委员', linkRole: 'TWO_COMMITTEE_MEMBER', quota: 5, activeLinks: 0, gap: 5, region: village },
      // A member with no link at all.
      { personId: people.newMember, personKind: 'MEMBER', name: '严新党员', linkRole: 'PARTY_MEMBER', quota: 3, activeLinks: 0, gap: 3, region: village },
      // Also a representative: counted once, as a member.
      { personId: people.member, personKind: 'MEMBER', name: '严党员', linkRole: 'PARTY_MEMBER', quota: 3, activeLinks: 1, gap: 2, region: village },
      ...ones,
    ]);

    const paged = await graphqlRequest<Under>(subgraph.url, UNDER_QUOTA, { village: VILLAGE, first: 4 }, officer);
    expect(paged.data!.peopleUnderQuota.pageInfo.hasNextPage).toBe(true);
    const rest = await graphqlRequest<Under>(subgraph.url, UNDER_QUOTA, { village: VILLAGE, first: 4, after: paged.data!.peopleUnderQuota.pageInfo.endCursor }, officer);
    expect(rest.data!.peopleUnderQuota.nodes.map((node) => node.personId)).toEqual(ones.map((one) => one.personId));
  });

  it('drops a person from the list once their quota is reached', async () => {
    const person = { representativeId: people.representative };
    const linked = await graphqlRequest<{ linkHousehold: { id: string } }>(subgraph.url, LINK, { input: { person, householdId: households[4] } }, officer);
    expect(linked.errors).toBeUndefined();
    const response = await graphqlRequest<{ peopleUnderQuota: { totalCount: number; nodes: { personId: string }[] } }>(subgraph.url, UNDER_QUOTA, { village: VILLAGE, first: 100 }, officer);
    expect(response.data!.peopleUnderQuota.totalCount).toBe(5);
    expect(response.data!.peopleUnderQuota.nodes.map((node) => node.personId)).not.toContain(people.representative);
    // Ended again, so the figures below see the village as set up.
    await graphqlRequest(subgraph.url, END, { id: linked.data!.linkHousehold.id }, officer);
  });

  it('lists the active links with no visit this month', async () => {
    type Unvisited = { linksWithoutVisitThisMonth: { totalCount: number; nodes: { id: string }[] } };
    const response = await graphqlRequest<Unvisited>(subgraph.url, UNVISITED, { within: VILLAGE, first: 100 }, officer);
    expect(response.errors).toBeUndefined();
    expect(response.data!.linksWithoutVisitThisMonth.nodes.map((node) => node.id).sort()).toEqual([links['chief-2'], links['chief-3'], links['member-1']].sort());
    const township = await graphqlRequest<Unvisited>(subgraph.url, UNVISITED, {}, officer);
    expect(township.data!.linksWithoutVisitThisMonth.totalCount).toBe(4);
  });

  it('sums a region’s households, links and visits for many regions in one statement', async () => {
    statements.length = 0;
    const response = await graphqlRequest<{ _entities: { code: string; householdLinkSummary: Record<string, unknown> }[] }>(
      subgraph.url,
      SUMMARY,
      { codes: [VILLAGE, `${VILLAGE}001`, TOWNSHIP, '421181'].map((code) => ({ __typename: 'Region', code })) },
      officer,
    );
    expect(response.errors).toBeUndefined();
    const month = today.slice(0, 7);
    const byCode = Object.fromEntries(response.data!._entities.map((entity) => [entity.code, entity.householdLinkSummary]));
    expect(byCode[VILLAGE]).toEqual({ month, households: 5, linkedHouseholds: 3, unlinkedHouseholds: 2, activeLinks: 4, visitsThisMonth: 1 });
    expect(byCode[`${VILLAGE}001`]).toEqual({ month, households: 2, linkedHouseholds: 1, unlinkedHouseholds: 1, activeLinks: 1, visitsThisMonth: 0 });
    expect(byCode[TOWNSHIP]).toEqual({ month, households: 6, linkedHouseholds: 4, unlinkedHouseholds: 2, activeLinks: 5, visitsThisMonth: 1 });
    // The county is above the officer's scope: it counts only the township.
    expect(byCode['421181']).toEqual(byCode[TOWNSHIP]);
    expect(statements.filter((sql) => sql.includes('json_array_elements_text'))).toHaveLength(1);
    expect(await subgraph.em().count(Household, { regionCode: { $like: `${TOWNSHIP}%` } })).toBe(6);
  });

  it('resolves a household reference, masked for an analyst', async () => {
    const analyst = await identityHeaders(testCaller(['analyst'], '421181'));
    const response = await graphqlRequest<{ _entities: Record<string, unknown>[] }>(subgraph.url, HOUSEHOLD_REF, { id: households[0] }, analyst);
    expect(response.data!._entities).toEqual([{ id: households[0], headName: '甲*', address: '***' }]);
  });

  describe('failure', () => {
    it('refuses a township where a village is asked for (BAD_USER_INPUT)', async () => {
      expect(errorCodes(await graphqlRequest(subgraph.url, WITHOUT_LINK, { village: TOWNSHIP }, officer))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await graphqlRequest(subgraph.url, UNDER_QUOTA, { village: TOWNSHIP }, officer))).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses another township’s village and region (FORBIDDEN)', async () => {
      const other = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
      expect(errorCodes(await graphqlRequest(subgraph.url, WITHOUT_LINK, { village: VILLAGE }, other))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, UNDER_QUOTA, { village: VILLAGE }, other))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, UNVISITED, { within: VILLAGE }, other))).toEqual(['FORBIDDEN']);
      const summary = await graphqlRequest(subgraph.url, SUMMARY, { codes: [{ __typename: 'Region', code: VILLAGE }] }, other);
      expect(errorCodes(summary)).toEqual(['FORBIDDEN']);
    });

    it('shows another township nothing of this one', async () => {
      const other = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
      const response = await graphqlRequest<{ linksWithoutVisitThisMonth: { totalCount: number } }>(subgraph.url, UNVISITED, {}, other);
      expect(response.data!.linksWithoutVisitThisMonth.totalCount).toBe(0);
      const reference = await graphqlRequest<{ _entities: unknown[] }>(subgraph.url, HOUSEHOLD_REF, { id: households[0] }, other);
      expect(reference.errors).toBeUndefined();
      expect(reference.data!._entities).toEqual([null]);
    });

    it('refuses a future asOf (BAD_USER_INPUT)', async () => {
      expect(errorCodes(await graphqlRequest(subgraph.url, UNVISITED, { asOf: '2999-01-01' }, officer))).toEqual(['BAD_USER_INPUT']);
    });
  });
});
