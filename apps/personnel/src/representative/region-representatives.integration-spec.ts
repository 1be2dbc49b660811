import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { VillageRepresentative } from './village-representative.entity';

// The gateway asks for the representatives of hundreds of villages in one `_entities` call:
// the first pages must cost a constant number of SQL statements.
const REGION_REPRESENTATIVES = `query ($representations: [_Any!]!, $first: Int, $after: String, $former: Boolean) {
  _entities(representations: $representations) {
    ... on Region {
      code
      villageRepresentatives(first: $first, after: $after, includeFormer: $former) {
        totalCount nodes { id name status region { code } } pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

type Page = { totalCount: number; nodes: { id: string; name: string; status: string; region: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type Regions = { _entities: ({ code: string; villageRepresentatives: Page } | null)[] };
type Headers = Record<string, string>;

const TOWNSHIP = '421181111'; // 黄土岗镇
const OTHER_TOWNSHIP = '421181100'; // 中馆驿镇
const VILLAGE_COUNT = 300;
const villages = Array.from({ length: VILLAGE_COUNT }, (_, index) => `${TOWNSHIP}${String(index + 1).padStart(3, '0')}`);
const FOREIGN_VILLAGE = `${OTHER_TOWNSHIP}201`;

describe('Batched resolution of Region.villageRepresentatives', () => {
  const statements: string[] = [];
  let subgraph: TestSubgraph;
  let civil: Headers;
  let foreign: Headers;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config), { queryLogger: (sql) => statements.push(sql) });
    civil = await identityHeaders(testCaller(['civil-affairs'], TOWNSHIP));
    foreign = await identityHeaders(testCaller(['civil-affairs'], OTHER_TOWNSHIP));
    // Each village: 4 serving representatives (8 in the first) and one who resigned.
    const rows = [...villages, FOREIGN_VILLAGE].flatMap((village, index) => {
      const count = index === 0 ? 9 : 5;
      return Array.from({ length: count }, (_, n) => {
        const representative = new VillageRepresentative(`代表${String(index).padStart(3, '0')}-${n}`, village, null, '2021-12-01', 'seed');
        if (n === count - 1) Object.assign(representative, { status: 'RESIGNED', leftOn: '2024-01-01' });
        return representative;
      });
    });
    await subgraph.em().insertMany(VillageRepresentative, rows);
  });
  afterAll(() => subgraph?.close());

  const selects = () => statements.filter((sql) => /\bselect\b/i.test(sql));
  const regions = (codes: readonly string[]) => codes.map((code) => ({ __typename: 'Region', code }));
  const request = (variables: Record<string, unknown>, headers: Headers = civil) => graphqlRequest<Regions>(subgraph.url, REGION_REPRESENTATIVES, variables, headers);

  it(`resolves villageRepresentatives(first: 5) of ${VILLAGE_COUNT} villages in 2 SQL statements`, async () => {
    statements.length = 0;
    const response = await request({ representations: regions(villages), first: 5 });
    expect(response.errors).toBeUndefined();
    const pages = response.data!._entities.map((entity) => entity!.villageRepresentatives);
    expect(pages).toHaveLength(VILLAGE_COUNT);
    expect(pages[0]).toMatchObject({ totalCount: 8, pageInfo: { hasNextPage: true } });
    expect(pages[0].nodes.map((node) => node.name)).toEqual(['代表000-0', '代表000-1', '代表000-2', '代表000-3', '代表000-4']);
    expect(pages.slice(1).every((page) => page.totalCount === 4 && page.nodes.length === 4 && !page.pageInfo.hasNextPage)).toBe(true);
    expect(pages.every((page, index) => page.nodes.every((node) => node.status === 'ACTIVE' && node.region.code === villages[index]))).toBe(true);
    // One windowed query for every first page, one grouped count.
    expect(selects()).toHaveLength(2);
  });

  it('costs the same for 10 villages as for 300, former representatives included', async () => {
    statements.length = 0;
    const response = await request({ representations: regions(villages.slice(0, 10)), first: 5, former: true });
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities.map((entity) => entity!.villageRepresentatives.totalCount)).toEqual([9, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(selects()).toHaveLength(2);
  });

  it('continues a village from its first page cursor', async () => {
    const first = await request({ representations: regions([villages[0]]), first: 5 });
    const after = first.data!._entities[0]!.villageRepresentatives.pageInfo.endCursor;
    const next = await request({ representations: regions([villages[0]]), first: 5, after });
    expect(next.errors).toBeUndefined();
    expect(next.data!._entities[0]!.villageRepresentatives.nodes.map((node) => node.name)).toEqual(['代表000-5', '代表000-6', '代表000-7']);
    expect(next.data!._entities[0]!.villageRepresentatives.pageInfo.hasNextPage).toBe(false);
  });

  it('counts a township and, above the caller’s scope, the county as that township', async () => {
    statements.length = 0;
    const response = await request({ representations: regions([TOWNSHIP, '421181']), first: 5 });
    expect(response.data!._entities.map((entity) => entity!.villageRepresentatives.totalCount)).toEqual([VILLAGE_COUNT * 4 + 4, VILLAGE_COUNT * 4 + 4]);
    expect(selects()).toHaveLength(4);
  });

  it('refuses a village of another township with FORBIDDEN in its place and shows another township only its own', async () => {
    const response = await request({ representations: regions([FOREIGN_VILLAGE, villages[1]]), first: 5 });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.data!._entities[0]).toBeNull();
    expect(response.data!._entities[1]!.villageRepresentatives.totalCount).toBe(4);

    const theirs = await request({ representations: regions([FOREIGN_VILLAGE, '421181']), first: 5 }, foreign);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!._entities.map((entity) => entity!.villageRepresentatives.totalCount)).toEqual([4, 4]);
  });

  it.each([
    ['a page size of 0', { first: 0 }],
    ['a cursor not from this list', { first: 5, after: 'bm90LWEtY3Vyc29y' }],
  ])('refuses %s with BAD_USER_INPUT', async (_case, variables) => {
    expect(errorCodes(await request({ representations: regions(villages.slice(0, 2)), ...variables }))).toContain('BAD_USER_INPUT');
  });
});
