import { shanghaiDate } from '@grassroots/kernel';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';

const REGISTER = `mutation Register($input: RegisterVillageRepresentativeInput!) { registerVillageRepresentative(input: $input) { id } }`;
const RECORD = `mutation Record($id: ID!, $item: String!, $points: Int, $on: LocalDate!) {
  recordRepresentativePoints(representativeId: $id, itemCode: $item, points: $points, reason: "积分考核", occurredOn: $on) { id }
}`;
const REPLACE = `mutation Replace($id: ID!, $incoming: NewRepresentativeInput!, $on: LocalDate!) {
  replaceVillageRepresentative(outgoingId: $id, incoming: $incoming, reason: "撤换", filedWithCountyOn: $on) { incoming { id } }
}`;
const RANKING = `query Ranking($within: RegionCode, $year: Int, $first: Int, $after: String) {
  representativeRanking(within: $within, year: $year, first: $first, after: $after) {
    totalCount
    edges { cursor node { points rank villageRank townshipRank representative { name region { code } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const TOWNSHIP = '421181111'; // 黄土岗镇
const VILLAGE_A = '421181111229'; // 堰头垸村
const VILLAGE_B = '421181111201'; // 严家畈村
const VILLAGE_C = '421181100200'; // 中馆驿镇 林寨村

type Entry = { points: number; rank: number; villageRank: number; townshipRank: number; representative: { name: string; region: { code: string } } };
type Ranking = { representativeRanking: { totalCount: number; edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

describe('Representative points ranking', () => {
  let subgraph: TestSubgraph;
  let civil: Record<string, string>;
  let thisYear: number;
  const rank = (entries: Entry[]) => entries.map((e) => [e.representative.name, e.points, e.rank, e.villageRank, e.townshipRank]);
  // Ties are listed by id (random here): compare them in a fixed order of names.
  const NAME_ORDER = ['乙一', '甲三', '甲一', '甲六', '乙二', '甲二', '甲四', '甲五'];
  const inTieOrder = (entries: Entry[]) =>
    rank([...entries].sort((a, b) => b.points - a.points || NAME_ORDER.indexOf(a.representative.name) - NAME_ORDER.indexOf(b.representative.name)));
  const isHighestFirst = (entries: Entry[]) => entries.every((entry, index) => index === 0 || entries[index - 1].points >= entry.points);

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    civil = await identityHeaders(testCaller(['civil-affairs'], '421181'));
    thisYear = Number(shanghaiDate().slice(0, 4));
    const jan1 = `${thisYear}-01-01`;
    const ids: Record<string, string> = {};
    for (const [name, regionCode] of [
      ['甲一', VILLAGE_A],
      ['甲二', VILLAGE_A],
      ['甲三', VILLAGE_A],
      ['甲四', VILLAGE_A],
      ['甲五', VILLAGE_A],
      ['乙一', VILLAGE_B],
      ['乙二', VILLAGE_B],
      ['丙一', VILLAGE_C],
    ]) {
      const response = await graphqlRequest<{ registerVillageRepresentative: { id: string } }>(
        subgraph.url,
        REGISTER,
        { input: { name, regionCode, electedAt: `${thisYear - 3}-01-15` } },
        civil,
      );
      ids[name] = response.data!.registerVillageRepresentative.id;
    }
    for (const [name, item, points, on] of [
      ['甲一', 'BREAKING_RESOLUTION', -20, `${thisYear - 1}-07-01`],
      ['甲二', 'BREAKING_RESOLUTION', -10, jan1],
      ['甲三', 'SUGGESTION_ADOPTED', 5, jan1],
      ['甲四', 'ILLEGAL_LAND_USE', -10, jan1],
      ['乙一', 'COMMENDED', 10, jan1],
      ['乙二', 'ABSENT_FROM_MEETING', -5, jan1],
      ['丙一', 'IRREGULAR_PETITIONING', -20, jan1],
      ['甲五', 'OUTSTANDING_IN_KEY_WORK', 20, `${thisYear - 1}-03-01`],
    ] as const) {
      const response = await graphqlRequest(subgraph.url, RECORD, { id: ids[name], item, points, on }, civil);
      expect(response.errors).toBeUndefined();
    }
    const replaced = await graphqlRequest(subgraph.url, REPLACE, { id: ids['甲五'], incoming: { name: '甲六', electedAt: jan1 }, on: jan1 }, civil);
    expect(replaced.errors).toBeUndefined();
  });
  afterAll(() => subgraph?.close());

  it('ranks a township’s serving representatives by this year’s points, ties sharing a rank, per village and township', async () => {
    const response = await graphqlRequest<Ranking>(subgraph.url, RANKING, { within: TOWNSHIP }, civil);
    expect(response.errors).toBeUndefined();
    const entries = response.data!.representativeRanking.edges.map((edge) => edge.node);
    expect(response.data!.representativeRanking.totalCount).toBe(7);
    expect(isHighestFirst(entries)).toBe(true);
    // 甲五 was replaced this year and is not ranked; 甲六 took the seat at 100; 甲一's deduction was last year.
    expect(inTieOrder(entries)).toEqual([
      ['乙一', 110, 1, 1, 1],
      ['甲三', 105, 2, 1, 2],
      ['甲一', 100, 3, 2, 3],
      ['甲六', 100, 3, 2, 3],
      ['乙二', 95, 5, 2, 5],
      ['甲二', 90, 6, 4, 6],
      ['甲四', 90, 6, 4, 6],
    ]);
  });

  it('ranks across townships with each township ranked on its own', async () => {
    const response = await graphqlRequest<Ranking>(subgraph.url, RANKING, { first: 100 }, civil);
    const entries = response.data!.representativeRanking.edges.map((edge) => edge.node);
    expect(entries).toHaveLength(8);
    expect(entries[7]).toMatchObject({ points: 80, rank: 8, villageRank: 1, townshipRank: 1, representative: { name: '丙一', region: { code: VILLAGE_C } } });
  });

  it('pages the ranking without repeats or gaps, ties included', async () => {
    const whole = await graphqlRequest<Ranking>(subgraph.url, RANKING, { within: TOWNSHIP, first: 100 }, civil);
    const names: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await graphqlRequest<Ranking>(subgraph.url, RANKING, { within: TOWNSHIP, first: 3, after }, civil);
      expect(page.errors).toBeUndefined();
      names.push(...page.data!.representativeRanking.edges.map((edge) => edge.node.representative.name));
      if (!page.data!.representativeRanking.pageInfo.hasNextPage) break;
      after = page.data!.representativeRanking.pageInfo.endCursor;
    }
    expect(names).toEqual(whole.data!.representativeRanking.edges.map((edge) => edge.node.representative.name));
  });

  it('ranks a past year among those serving on its last day', async () => {
    const response = await graphqlRequest<Ranking>(subgraph.url, RANKING, { within: VILLAGE_A, year: thisYear - 1 }, civil);
    const entries = response.data!.representativeRanking.edges.map((edge) => edge.node);
    expect(isHighestFirst(entries)).toBe(true);
    expect(inTieOrder(entries)).toEqual([
      ['甲五', 120, 1, 1, 1],
      ['甲三', 100, 2, 2, 2],
      ['甲二', 100, 2, 2, 2],
      ['甲四', 100, 2, 2, 2],
      ['甲一', 80, 5, 5, 5],
    ]);
  });

  it('confines a village cadre to their village', async () => {
    const cadre = await identityHeaders(testCaller(['village-cadre'], VILLAGE_B));
    const response = await graphqlRequest<Ranking>(subgraph.url, RANKING, {}, cadre);
    expect(rank(response.data!.representativeRanking.edges.map((edge) => edge.node))).toEqual([
      ['乙一', 110, 1, 1, 1],
      ['乙二', 95, 2, 2, 2],
    ]);
  });

  it('refuses another township (FORBIDDEN), a future year and a foreign cursor (BAD_USER_INPUT)', async () => {
    const officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP));
    expect(errorCodes(await graphqlRequest(subgraph.url, RANKING, { within: VILLAGE_C }, officer))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphqlRequest(subgraph.url, RANKING, { year: thisYear + 1 }, officer))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graphqlRequest(subgraph.url, RANKING, { after: Buffer.from('["x"]').toString('base64url') }, officer))).toEqual(['BAD_USER_INPUT']);
  });
});
