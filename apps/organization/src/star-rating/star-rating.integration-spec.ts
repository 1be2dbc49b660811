import { randomUUID } from 'node:crypto';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { OrganizationAppModule } from '../app.module';
import { StarRating, StarRatingCorrection } from './star-rating.entity';

const TOWNSHIP = '421181111'; // 黄土岗镇
const VILLAGE = '421181111229'; // 堰头垸村
const OTHER_TOWNSHIP = '421181100'; // 中馆驿镇
const OTHER_VILLAGE = '421181100200'; // 林寨村
const MORE_VILLAGES = ['421181111201', '421181111203', '421181111205', '421181111206', '421181111207'];

const FIELDS = 'id regionCode organizationId year stars grade note ratedBy';
const RATE = `mutation Rate($input: RateVillageOrganizationInput!) { rateVillageOrganization(input: $input) { ${FIELDS} } }`;
const CORRECT = `mutation Correct($id: ID!, $stars: Int!, $note: String!) { correctStarRating(id: $id, stars: $stars, note: $note) { ${FIELDS} } }`;
const RATING = `query Rating($id: ID!) {
  starRating(id: $id) { ${FIELDS} previousYearStars region { shortName } corrections(first: 10) { totalCount nodes { previousStars stars note correctedBy } } }
}`;
const RATINGS = `query Ratings($within: RegionCode, $year: Int, $stars: Int, $first: Int, $after: String) {
  starRatings(within: $within, year: $year, stars: $stars, first: $first, after: $after) {
    totalCount nodes { id regionCode year stars previousYearStars } pageInfo { hasNextPage endCursor }
  }
}`;
const REGION_RATINGS = `query RegionRatings($code: RegionCode!) { region(code: $code) { starRatings(first: 100) { totalCount nodes { year } } } }`;

type Rating = { id: string; stars: number; grade: string; year: number };
type Headers = Record<string, string>;

describe('Star ratings 达标创星、晋位升级', () => {
  let subgraph: TestSubgraph;
  let countyDept: Headers;
  let officer: Headers;
  let otherOfficer: Headers;
  let analyst: Headers;
  let rating2025: Rating;

  const rows = async () => ({ ratings: await subgraph.em().count(StarRating, {}), corrections: await subgraph.em().count(StarRatingCorrection, {}) });

  async function rate(input: Record<string, unknown>, headers = officer): Promise<Rating> {
    const response = await graphqlRequest<{ rateVillageOrganization: Rating }>(subgraph.url, RATE, { input }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.rateVillageOrganization;
  }

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('organization', (config) => OrganizationAppModule.forRoot(config));
    countyDept = await identityHeaders(testCaller(['organization-dept'], '421181', 'zzb-1'));
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP, 'officer-htg'));
    otherOfficer = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
    analyst = await identityHeaders(testCaller(['analyst'], '421181'));
    rating2025 = await rate({ regionCode: VILLAGE, organizationId: randomUUID(), year: 2025, stars: 3, note: '组织生活规范' });
  });
  afterAll(() => subgraph?.close());

  describe('success', () => {
    it('records a rating with its grade and shows last year’s stars (晋位升级)', async () => {
      expect(rating2025).toMatchObject({ regionCode: VILLAGE, year: 2025, stars: 3, grade: 'THREE_STARS', note: '组织生活规范', ratedBy: 'officer-htg' });
      await rate({ regionCode: VILLAGE, year: 2024, stars: 2 }, countyDept);
      const read = await graphqlRequest<{ starRating: { previousYearStars: number | null; region: { shortName: string } } }>(subgraph.url, RATING, { id: rating2025.id }, analyst);
      expect(read.errors).toBeUndefined();
      expect(read.data!.starRating).toMatchObject({ previousYearStars: 2, region: { shortName: '堰头垸村' } });
    });

    it('corrects the stars and keeps the previous value with who and why', async () => {
      const response = await graphqlRequest<{ correctStarRating: Rating }>(subgraph.url, CORRECT, { id: rating2025.id, stars: 4, note: '复核后补计集体经济加分' }, countyDept);
      expect(response.errors).toBeUndefined();
      expect(response.data!.correctStarRating).toMatchObject({ stars: 4, grade: 'FOUR_STARS' });
      const read = await graphqlRequest<{ starRating: { corrections: { nodes: unknown[] } } }>(subgraph.url, RATING, { id: rating2025.id }, officer);
      expect(read.data!.starRating.corrections.nodes).toEqual([{ previousStars: 3, stars: 4, note: '复核后补计集体经济加分', correctedBy: 'zzb-1' }]);
    });

    it('pages a township’s ratings of one year across two pages, filtered by year and stars', async () => {
      for (const [index, code] of MORE_VILLAGES.entries()) await rate({ regionCode: code, year: 2023, stars: 1 + (index % 2) });
      type Page = { starRatings: { totalCount: number; nodes: { id: string; regionCode: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const first = await graphqlRequest<Page>(subgraph.url, RATINGS, { within: TOWNSHIP, year: 2023, first: 3 }, officer);
      expect(first.data!.starRatings.totalCount).toBe(5);
      expect(first.data!.starRatings.pageInfo.hasNextPage).toBe(true);
      const second = await graphqlRequest<Page>(subgraph.url, RATINGS, { within: TOWNSHIP, year: 2023, first: 3, after: first.data!.starRatings.pageInfo.endCursor }, officer);
      expect(second.data!.starRatings.pageInfo.hasNextPage).toBe(false);
      const codes = [...first.data!.starRatings.nodes, ...second.data!.starRatings.nodes].map((node) => node.regionCode);
      expect(codes).toEqual(MORE_VILLAGES);
      const twoStars = await graphqlRequest<Page>(subgraph.url, RATINGS, { within: TOWNSHIP, year: 2023, stars: 2 }, analyst);
      expect(twoStars.data!.starRatings.totalCount).toBe(2);
      const region = await graphqlRequest<{ region: { starRatings: { nodes: { year: number }[] } } }>(subgraph.url, REGION_RATINGS, { code: VILLAGE }, analyst);
      expect(region.data!.region.starRatings.nodes.map((node) => node.year)).toEqual([2025, 2024]);
    });
  });

  describe('failure: nothing written', () => {
    it.each([
      ['a township instead of a village', { regionCode: TOWNSHIP, year: 2025, stars: 3 }, /not a village/],
      ['zero stars', { regionCode: VILLAGE, year: 2022, stars: 0 }, /stars must be a whole number from 1/],
      ['six stars', { regionCode: VILLAGE, year: 2022, stars: 6 }, /stars/],
      ['a future year', { regionCode: VILLAGE, year: 2999, stars: 3 }, /year must be from 2000/],
      ['a year before 2000', { regionCode: VILLAGE, year: 1999, stars: 3 }, /year must be from 2000/],
      ['a malformed organization id', { regionCode: VILLAGE, year: 2022, stars: 3, organizationId: 'branch-1' }, /organizationId/],
    ])('refuses %s with BAD_USER_INPUT', async (_case, input, message) => {
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, RATE, { input }, officer);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    });

    it('refuses a second rating of the same village and year with CONFLICT naming the first', async () => {
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, RATE, { input: { regionCode: VILLAGE, year: 2025, stars: 5 } }, countyDept);
      expect(errorCodes(response)).toEqual(['CONFLICT']);
      expect(response.errors![0].message).toContain(`already rated for 2025`);
      expect(response.errors![0].message).toContain(rating2025.id);
      expect(await rows()).toEqual(before);
    });

    it('refuses an analyst, civil affairs and another township with FORBIDDEN', async () => {
      const civil = await identityHeaders(testCaller(['civil-affairs'], '421181'));
      const before = await rows();
      for (const headers of [analyst, civil, otherOfficer]) {
        expect(errorCodes(await graphqlRequest(subgraph.url, RATE, { input: { regionCode: VILLAGE, year: 2021, stars: 3 } }, headers))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await graphqlRequest(subgraph.url, CORRECT, { id: rating2025.id, stars: 1, note: '改' }, headers))).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await graphqlRequest(subgraph.url, RATE, { input: { regionCode: OTHER_VILLAGE, year: 2021, stars: 3 } }, officer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, RATING, { id: rating2025.id }, otherOfficer))).toEqual(['NOT_FOUND']);
      expect(await rows()).toEqual(before);
    });

    it('refuses a correction that changes nothing or gives no reason (BAD_USER_INPUT) and an unknown rating (NOT_FOUND)', async () => {
      const before = await rows();
      const current = (await subgraph.em().findOneOrFail(StarRating, rating2025.id)).stars;
      const same = await graphqlRequest(subgraph.url, CORRECT, { id: rating2025.id, stars: current, note: '无变化' }, officer);
      expect(errorCodes(same)).toEqual(['BAD_USER_INPUT']);
      expect(same.errors![0].message).toMatch(/must change them/);
      expect(errorCodes(await graphqlRequest(subgraph.url, CORRECT, { id: rating2025.id, stars: 2, note: ' ' }, officer))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await graphqlRequest(subgraph.url, CORRECT, { id: randomUUID(), stars: 2, note: '改' }, officer))).toEqual(['NOT_FOUND']);
      expect(await rows()).toEqual(before);
      expect((await subgraph.em().findOneOrFail(StarRating, rating2025.id)).stars).toBe(current);
    });
  });
});
