import { shanghaiDate } from '@grassroots/kernel';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { CadrePost } from './cadre-post.entity';
import { type CadrePostKind, type Education } from './cadre-vocabulary';
import { Cadre } from './cadre.entity';
import { type Headers, OTHER_TOWNSHIP, OTHER_TOWNSHIP_VILLAGE, SECOND_VILLAGE, TOWNSHIP, VILLAGE } from './testing/cadre-fixtures';

const PROFILE = `query Profile($within: RegionCode) {
  cadreProfile(within: $within) {
    region { code } asOf cadreCount averageAge secretaryCount secretariesAverageAge shareUnder45 shareHighSchoolOrAbove
    villagesWithSecretary villagesWithBothPosts shareVillagesWithBothPosts
  }
}`;
const REGION_FIELDS = `query Regions($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Region { code cadreProfile { region { code } cadreCount averageAge shareVillagesWithBothPosts } cadres(first: 10) { totalCount nodes { name } } }
  }
}`;

type Profile = Record<string, unknown> & { averageAge: number | null; secretariesAverageAge: number | null };

// Known data. Birthdays on 1 January, so each age is this year minus the birth year.
const YEAR = Number(shanghaiDate().slice(0, 4));
type Person = { name: string; age: number; education: Education; region: string; posts: CadrePostKind[]; left?: boolean };
const PEOPLE: Person[] = [
  { name: '甲书记', age: 50, education: 'HIGH_SCHOOL', region: VILLAGE, posts: ['SECRETARY', 'COMMITTEE_CHAIR'] },
  { name: '乙副书记', age: 40, education: 'BACHELOR', region: VILLAGE, posts: ['DEPUTY_SECRETARY'] },
  { name: '丙委员', age: 30, education: 'JUNIOR_HIGH', region: VILLAGE, posts: ['COMMITTEE_MEMBER'] },
  { name: '丁会计', age: 60, education: 'PRIMARY', region: VILLAGE, posts: ['ACCOUNTANT'] }, // not a two-committee member
  { name: '戊离任', age: 35, education: 'JUNIOR_COLLEGE', region: VILLAGE, posts: ['COMMITTEE_MEMBER'], left: true }, // no longer serving
  { name: '己书记', age: 44, education: 'JUNIOR_HIGH', region: SECOND_VILLAGE, posts: ['SECRETARY'] },
  { name: '庚主任', age: 52, education: 'HIGH_SCHOOL', region: SECOND_VILLAGE, posts: ['COMMITTEE_CHAIR'] },
  { name: '辛书记', age: 38, education: 'POSTGRADUATE', region: OTHER_TOWNSHIP_VILLAGE, posts: ['SECRETARY', 'COMMITTEE_CHAIR'] },
];

describe('Cadre profile statistics (村干部队伍结构)', () => {
  let subgraph: TestSubgraph;
  let officer: Headers;
  let orgDept: Headers;
  const statements: string[] = [];

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config), { queryLogger: (sql) => statements.push(sql) });
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP));
    orgDept = await identityHeaders(testCaller(['organization-dept'], '421181'));
    const em = subgraph.em();
    for (const person of PEOPLE) {
      const cadre = em.create(Cadre, new Cadre(person.name, 'MALE', `${YEAR - person.age}-01-01`, person.education, person.region, 'seed'));
      for (const post of person.posts) {
        const held = new CadrePost(cadre, post, '2021-10-15', '2026-10-15', 'seed');
        if (person.left) held.leftAt = '2024-01-01';
        em.persist(held);
      }
    }
    await em.flush();
  });
  afterAll(() => subgraph?.close());

  const profile = async (within: string | null, headers: Headers = officer) => {
    const response = await graphqlRequest<{ cadreProfile: Profile }>(subgraph.url, PROFILE, { within }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.cadreProfile;
  };

  it('profiles a township: serving two-committee members only, ages as of today', async () => {
    // 甲50 乙40 丙30 己44 庚52: 216 / 5; secretaries 甲50 己44; under 45: 乙 丙 己; high school+: 甲 乙 庚;
    // villages with a secretary: 2, of which 1 (堰头垸村, 甲) holds both posts.
    statements.length = 0;
    const figures = await profile(TOWNSHIP);
    expect(statements.filter((sql) => /\b(select|with)\b/i.test(sql))).toHaveLength(1);
    expect(figures).toMatchObject({
      region: { code: TOWNSHIP },
      asOf: shanghaiDate(),
      cadreCount: 5,
      secretaryCount: 2,
      villagesWithSecretary: 2,
      villagesWithBothPosts: 1,
      shareVillagesWithBothPosts: 0.5,
    });
    expect(figures.averageAge).toBeCloseTo(43.2, 10);
    expect(figures.secretariesAverageAge).toBeCloseTo(47, 10);
    expect(figures.shareUnder45).toBeCloseTo(3 / 5, 10);
    expect(figures.shareHighSchoolOrAbove).toBeCloseTo(3 / 5, 10);
  });

  it('profiles a village and, for the organization department, the whole county', async () => {
    const village = await profile(VILLAGE);
    expect(village).toMatchObject({ cadreCount: 3, averageAge: 40, secretariesAverageAge: 50, villagesWithSecretary: 1, shareVillagesWithBothPosts: 1 });
    expect(village.shareUnder45).toBeCloseTo(2 / 3, 10);
    expect(village.shareHighSchoolOrAbove).toBeCloseTo(2 / 3, 10);

    // Adds 辛38 (postgraduate, both posts) in 中馆驿镇: 254 / 6; secretaries (50+44+38) / 3.
    const county = await profile('421181', orgDept);
    expect(county).toMatchObject({ region: { code: '421181' }, cadreCount: 6, secretaryCount: 3, villagesWithSecretary: 3, villagesWithBothPosts: 2 });
    expect(county.averageAge).toBeCloseTo(254 / 6, 10);
    expect(county.secretariesAverageAge).toBeCloseTo(44, 10);
    expect(county.shareUnder45).toBeCloseTo(4 / 6, 10);
    expect(county.shareHighSchoolOrAbove).toBeCloseTo(4 / 6, 10);
    expect(county.shareVillagesWithBothPosts).toBeCloseTo(2 / 3, 10);
  });

  it('gives a township officer asking for the county only their township, and nulls for a region without cadres', async () => {
    expect(await profile('421181')).toMatchObject({ region: { code: TOWNSHIP }, cadreCount: 5 });
    expect(await profile(null)).toMatchObject({ region: { code: TOWNSHIP }, cadreCount: 5 });
    expect(await profile('421181111230')).toMatchObject({
      cadreCount: 0,
      averageAge: null,
      secretariesAverageAge: null,
      shareUnder45: null,
      shareHighSchoolOrAbove: null,
      shareVillagesWithBothPosts: null,
    });
  });

  it('refuses another township’s region with FORBIDDEN', async () => {
    const response = await graphqlRequest(subgraph.url, PROFILE, { within: OTHER_TOWNSHIP }, officer);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('adds cadres and the profile to Region entities, several regions in one request', async () => {
    type Regions = { _entities: { code: string; cadreProfile: Record<string, unknown>; cadres: { totalCount: number; nodes: { name: string }[] } }[] };
    const representations = [TOWNSHIP, VILLAGE, SECOND_VILLAGE].map((code) => ({ __typename: 'Region', code }));
    statements.length = 0;
    const response = await graphqlRequest<Regions>(subgraph.url, REGION_FIELDS, { representations }, officer);
    expect(response.errors).toBeUndefined();
    // The three profiles come from one aggregate statement.
    expect(statements.filter((sql) => sql.includes('json_array_elements_text'))).toHaveLength(1);
    const [township, village, second] = response.data!._entities;
    expect(township.cadreProfile).toMatchObject({ region: { code: TOWNSHIP }, cadreCount: 5, shareVillagesWithBothPosts: 0.5 });
    expect(village.cadreProfile).toMatchObject({ region: { code: VILLAGE }, cadreCount: 3, averageAge: 40 });
    expect(second.cadreProfile).toMatchObject({ region: { code: SECOND_VILLAGE }, cadreCount: 2, averageAge: 48, shareVillagesWithBothPosts: 0 });
    // Region.cadres lists everyone holding an active post, the accountant included.
    expect(village.cadres.nodes.map((node) => node.name).sort()).toEqual(['丁会计', '丙委员', '乙副书记', '甲书记'].sort());
  });
});
