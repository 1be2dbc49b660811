import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { CadrePost } from './cadre-post.entity';
import { CadreTraining } from './cadre-training.entity';
import { Cadre } from './cadre.entity';
import { DutyLine } from './duty-line.entity';
import { QualificationReview } from './qualification-review.entity';
import { type Headers, OTHER_TOWNSHIP, TOWNSHIP } from './testing/cadre-fixtures';

// The gateway resolves hundreds of Region (and Cadre) representations in one `_entities` call;
// Region.cadres and each Cadre list must cost a constant number of SQL statements.
const REGION_CADRES = `query ($representations: [_Any!]!, $first: Int, $after: String) {
  _entities(representations: $representations) {
    ... on Region { code cadres(first: $first, after: $after) { totalCount nodes { id name region { code } } pageInfo { hasNextPage endCursor } } }
  }
}`;
const CADRE_LISTS = `query ($representations: [_Any!]!, $after: String) {
  _entities(representations: $representations) {
    ... on Cadre {
      id
      posts(first: 1, after: $after) { totalCount nodes { post active termOverdue } pageInfo { hasNextPage endCursor } }
      trainings(first: 3) { totalCount nodes { topic } }
      dutyLines(first: 3) { totalCount nodes { name ownerInOffice } }
    }
  }
}`;
const EVERY_CADRE_LIST = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Cadre {
      id
      posts(first: 3) { totalCount }
      qualificationReviews(first: 3) { totalCount nodes { result } }
      majorMatterReports(first: 3) { totalCount }
      halfYearAssessments(first: 3) { totalCount }
      escalatedTalks(first: 3) { totalCount }
      trainings(first: 3) { totalCount }
      mentorships(first: 3) { totalCount }
      dutyLines(first: 3) { totalCount nodes { ownerInOffice } }
    }
  }
}`;

type CadrePage = { totalCount: number; nodes: { id: string; name: string; region: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type RegionCadres = { _entities: { code: string; cadres: CadrePage | null }[] };
type CadreLists = {
  _entities: {
    id: string;
    posts: { totalCount: number; nodes: { post: string; active: boolean; termOverdue: boolean }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    trainings: { totalCount: number; nodes: { topic: string }[] };
    dutyLines: { totalCount: number; nodes: { name: string; ownerInOffice: boolean }[] };
  }[];
};

const VILLAGE_COUNT = 300;
const villages = Array.from({ length: VILLAGE_COUNT }, (_, index) => `${TOWNSHIP}${String(index + 1).padStart(3, '0')}`);
const FOREIGN_VILLAGE = `${OTHER_TOWNSHIP}201`;

describe('Batched resolution of Region.cadres and the lists of each Cadre', () => {
  const statements: string[] = [];
  let subgraph: TestSubgraph;
  let officer: Headers;
  let county: Headers;
  let foreignOfficer: Headers;
  // Serving cadres of the first villages, in village order; the first village has 7.
  const serving: Cadre[] = [];
  const formerIds: string[] = [];

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config), { queryLogger: (sql) => statements.push(sql) });
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP));
    county = await identityHeaders(testCaller(['organization-dept'], '421181'));
    foreignOfficer = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));

    // Each village: 3 serving cadres (7 in the first) and one who left office; one more village in another township.
    const cadres: Cadre[] = [];
    const posts: CadrePost[] = [];
    for (const [index, village] of [...villages, FOREIGN_VILLAGE].entries()) {
      const count = index === 0 ? 7 : 3;
      for (let n = 0; n <= count; n += 1) {
        const cadre = new Cadre(`干部${String(index).padStart(3, '0')}-${n}`, 'MALE', '1980-01-01', 'HIGH_SCHOOL', village, 'seed');
        const post = new CadrePost(cadre, n === 0 ? 'SECRETARY' : 'COMMITTEE_MEMBER', '2021-10-15', '2026-10-15', 'seed');
        if (n === count) {
          post.leftAt = '2024-01-01';
          formerIds.push(cadre.id);
        } else {
          serving.push(cadre);
        }
        cadres.push(cadre);
        posts.push(post);
      }
    }
    // The first 200 serving cadres: two trainings each, one duty line each; the first cadre also held an earlier post.
    const listed = serving.slice(0, 200);
    const earlier = new CadrePost(listed[0], 'COMMITTEE_MEMBER', '2016-10-15', '2021-10-15', 'seed');
    earlier.leftAt = '2021-10-15';
    const trainings = listed.flatMap((cadre) => [
      new CadreTraining(cadre, '2026-04-10', '党纪学习', 2, 'seed'),
      new CadreTraining(cadre, '2026-07-10', '乡村振兴政策', 3, 'seed'),
    ]);
    const lines = listed.map((cadre) => new DutyLine(cadre.regionCode, `工作线-${cadre.name}`, cadre));
    // A line of the first village still owned by the cadre who left office.
    const former = cadres.find((cadre) => cadre.id === formerIds[0])!;
    lines.push(new DutyLine(former.regionCode, '综治维稳', former));
    const reviews = listed.map((cadre) => new QualificationReview(cadre, '2021-09-01', 'PASSED', [], 'seed'));

    const em = subgraph.em();
    await em.insertMany(Cadre, cadres);
    await em.insertMany(CadrePost, [...posts, earlier]);
    await em.insertMany(CadreTraining, trainings);
    await em.insertMany(DutyLine, lines);
    await em.insertMany(QualificationReview, reviews);
  });
  afterAll(() => subgraph?.close());

  const selects = () => statements.filter((sql) => /\bselect\b/i.test(sql));
  const regions = (codes: readonly string[]) => codes.map((code) => ({ __typename: 'Region', code }));
  const cadreKeys = (cadres: readonly Cadre[]) => cadres.map((cadre) => ({ __typename: 'Cadre', id: cadre.id }));

  describe('Region.cadres', () => {
    it(`resolves cadres(first: 5) of ${VILLAGE_COUNT} villages in 2 SQL statements`, async () => {
      statements.length = 0;
      const response = await graphqlRequest<RegionCadres>(subgraph.url, REGION_CADRES, { representations: regions(villages), first: 5 }, officer);
      expect(response.errors).toBeUndefined();
      const pages = response.data!._entities;
      expect(pages).toHaveLength(VILLAGE_COUNT);
      expect(pages[0].cadres).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: true } });
      expect(pages[0].cadres!.nodes).toHaveLength(5);
      expect(pages.slice(1).every((page) => page.cadres!.totalCount === 3 && page.cadres!.nodes.length === 3 && !page.cadres!.pageInfo.hasNextPage)).toBe(true);
      expect(pages.every((page) => page.cadres!.nodes.every((node) => node.region.code === page.code))).toBe(true);
      // No one who left office is listed.
      expect(pages.flatMap((page) => page.cadres!.nodes.map((node) => node.id)).filter((id) => formerIds.includes(id))).toEqual([]);
      // One windowed query for every first page, one grouped count.
      expect(selects()).toHaveLength(2);
    });

    it('costs the same for 10 villages as for 300', async () => {
      statements.length = 0;
      const response = await graphqlRequest<RegionCadres>(subgraph.url, REGION_CADRES, { representations: regions(villages.slice(0, 10)), first: 5 }, officer);
      expect(response.errors).toBeUndefined();
      expect(selects()).toHaveLength(2);
    });

    it('continues a village from its first page cursor', async () => {
      const first = await graphqlRequest<RegionCadres>(subgraph.url, REGION_CADRES, { representations: regions([villages[0]]), first: 5 }, officer);
      const firstPage = first.data!._entities[0].cadres!;
      const next = await graphqlRequest<RegionCadres>(
        subgraph.url,
        REGION_CADRES,
        { representations: regions([villages[0]]), first: 5, after: firstPage.pageInfo.endCursor },
        officer,
      );
      expect(next.errors).toBeUndefined();
      const nextPage = next.data!._entities[0].cadres!;
      expect(nextPage.nodes).toHaveLength(2);
      expect(nextPage.pageInfo.hasNextPage).toBe(false);
      expect(new Set([...firstPage.nodes, ...nextPage.nodes].map((node) => node.id)).size).toBe(7);
    });

    it('counts a township and the county (above a township officer’s scope: their township) in 2 statements per code length', async () => {
      statements.length = 0;
      const response = await graphqlRequest<RegionCadres>(subgraph.url, REGION_CADRES, { representations: regions([TOWNSHIP, '421181']), first: 5 }, officer);
      expect(response.errors).toBeUndefined();
      const serviceInTownship = VILLAGE_COUNT * 3 + 4;
      expect(response.data!._entities.map((entity) => entity.cadres!.totalCount)).toEqual([serviceInTownship, serviceInTownship]);
      expect(selects()).toHaveLength(4);

      const whole = await graphqlRequest<RegionCadres>(subgraph.url, REGION_CADRES, { representations: regions(['421181']), first: 5 }, county);
      expect(whole.data!._entities[0].cadres!.totalCount).toBe(serviceInTownship + 3);
    });

    it('refuses a region of another township with FORBIDDEN in its place, and shows another township nothing of this one', async () => {
      const response = await graphqlRequest<RegionCadres>(subgraph.url, REGION_CADRES, { representations: regions([FOREIGN_VILLAGE, villages[0]]), first: 5 }, officer);
      // The non-null connection's error nulls the entity in its place only.
      expect(response.data!._entities[0]).toBeNull();
      expect(response.data!._entities[1].cadres!.totalCount).toBe(7);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);

      const foreign = await graphqlRequest<RegionCadres>(subgraph.url, REGION_CADRES, { representations: regions([FOREIGN_VILLAGE, '421181']), first: 5 }, foreignOfficer);
      expect(foreign.errors).toBeUndefined();
      expect(foreign.data!._entities.map((entity) => entity.cadres!.totalCount)).toEqual([3, 3]);
    });

    it.each([
      ['a page size above 100', { first: 101 }],
      ['a cursor not from this list', { first: 5, after: 'not-a-cursor' }],
    ])('refuses %s with BAD_USER_INPUT', async (_case, variables) => {
      const response = await graphqlRequest<RegionCadres>(subgraph.url, REGION_CADRES, { representations: regions(villages.slice(0, 3)), ...variables }, officer);
      expect(errorCodes(response)).toContain('BAD_USER_INPUT');
    });
  });

  describe('the lists of each Cadre', () => {
    it('resolves posts, trainings and duty lines of 200 cadres in a constant number of statements', async () => {
      statements.length = 0;
      const response = await graphqlRequest<CadreLists>(subgraph.url, CADRE_LISTS, { representations: cadreKeys(serving.slice(0, 200)) }, officer);
      expect(response.errors).toBeUndefined();
      const cadres = response.data!._entities;
      expect(cadres).toHaveLength(200);
      expect(cadres[0].posts).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      expect(cadres[1].posts).toMatchObject({ totalCount: 1, nodes: [{ active: true }], pageInfo: { hasNextPage: false } });
      expect(cadres.every((cadre) => cadre.trainings.totalCount === 2 && cadre.trainings.nodes[0].topic === '乡村振兴政策')).toBe(true);
      expect(cadres.every((cadre) => cadre.dutyLines.totalCount === 1 && cadre.dutyLines.nodes[0].ownerInOffice)).toBe(true);
      // The cadres (1), posts (2), trainings (2), duty lines (2) and the owners' active posts (1).
      const atScale = selects().length;
      expect(atScale).toBe(8);

      statements.length = 0;
      await graphqlRequest(subgraph.url, CADRE_LISTS, { representations: cadreKeys(serving.slice(0, 10)) }, officer);
      expect(selects()).toHaveLength(atScale);
    });

    it('resolves all eight lists of 200 cadres in two statements a list', async () => {
      statements.length = 0;
      const response = await graphqlRequest(subgraph.url, EVERY_CADRE_LIST, { representations: cadreKeys(serving.slice(0, 200)) }, officer);
      expect(response.errors).toBeUndefined();
      // The cadres (1), eight lists (2 each) and the duty-line owners' active posts (1).
      expect(selects()).toHaveLength(18);
    });

    it('continues one cadre’s posts from its first page cursor', async () => {
      const first = await graphqlRequest<CadreLists>(subgraph.url, CADRE_LISTS, { representations: cadreKeys([serving[0]]) }, officer);
      const after = first.data!._entities[0].posts.pageInfo.endCursor;
      expect(first.data!._entities[0].posts.nodes).toEqual([{ post: 'SECRETARY', active: true, termOverdue: true }]);
      const next = await graphqlRequest<CadreLists>(subgraph.url, CADRE_LISTS, { representations: cadreKeys([serving[0]]), after }, officer);
      expect(next.errors).toBeUndefined();
      expect(next.data!._entities[0].posts).toMatchObject({ nodes: [{ post: 'COMMITTEE_MEMBER', active: false, termOverdue: false }], pageInfo: { hasNextPage: false } });
    });

    it('shows a duty line whose owner left office as not in office', async () => {
      const former = { __typename: 'Cadre', id: formerIds[0] };
      const response = await graphqlRequest<CadreLists>(subgraph.url, CADRE_LISTS, { representations: [former] }, officer);
      expect(response.data!._entities[0].dutyLines.nodes).toEqual([{ name: '综治维稳', ownerInOffice: false }]);
    });

    it('resolves no cadre of another township (null in its place)', async () => {
      const response = await graphqlRequest<{ _entities: (unknown | null)[] }>(subgraph.url, CADRE_LISTS, { representations: cadreKeys(serving.slice(0, 3)) }, foreignOfficer);
      expect(response.errors).toBeUndefined();
      expect(response.data!._entities).toEqual([null, null, null]);
    });
  });
});
