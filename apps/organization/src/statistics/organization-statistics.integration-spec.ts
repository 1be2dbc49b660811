import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { OrganizationAppModule } from '../app.module';
import { Grid } from '../grid/grid.entity';
import { PartyOrganization } from '../party-organization/party-organization.entity';
import { SocialOrganization } from '../social-organization/social-organization.entity';

const STATISTICS = `query ($within: RegionCode) {
  organizationStatistics(within: $within) {
    within
    partyOrganizationsByKind { key count }
    gridsByLevel { key count }
    socialOrganizationsByFilingStatus { key count }
    filedSocialOrganizations unfiledSocialOrganizations
    weakOrganizations { total }
  }
}`;
const HUANGTUGANG = '421181111'; // 黄土岗镇
const ZHONGGUANYI = '421181100'; // 中馆驿镇

describe('organization statistics', () => {
  const statements: string[] = [];
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('organization', (config) => OrganizationAppModule.forRoot(config), { queryLogger: (sql) => statements.push(sql) });
    const em = subgraph.em();
    for (const [township, village] of [
      [HUANGTUGANG, '421181111229'],
      [ZHONGGUANYI, '421181100200'],
    ]) {
      const committee = new PartyOrganization(`${township}党委`, 'COMMITTEE', township, null, '2000-01-01');
      const branch = new PartyOrganization(`${village}支部`, 'BRANCH', village, committee, '2000-01-01');
      const dissolved = new PartyOrganization(`${village}旧支部`, 'BRANCH', village, committee, '1990-01-01');
      dissolved.dissolvedAt = '2010-01-01';
      const top = new Grid('镇网格', 'TOWNSHIP', null, township, 'test');
      const area = new Grid('工作区', 'WORK_AREA', top, township, 'test');
      const villageGrid = new Grid('村网格', 'VILLAGE', area, village, 'test');
      const basics = [1, 2].map((n) => new Grid(`第${n}网格`, 'BASIC', villageGrid, village, 'test'));
      const filed = new SocialOrganization('红白理事会', 'WEDDINGS_FUNERALS_COUNCIL', village, '张三');
      filed.filingStatus = 'FILED';
      const unfiled = new SocialOrganization('老人会', 'ELDERS_ASSOCIATION', village, '李四');
      em.persist([committee, branch, dissolved, top, area, villageGrid, ...basics, filed, unfiled]);
    }
    await em.flush();
  });
  afterAll(() => subgraph?.close());

  type Answer = {
    organizationStatistics: {
      within: string;
      partyOrganizationsByKind: { key: string; count: number }[];
      gridsByLevel: { key: string; count: number }[];
      filedSocialOrganizations: number;
      unfiledSocialOrganizations: number;
      weakOrganizations: { total: number };
    };
  };

  it('counts a county in the database: active organizations by kind, grids by level, filed and unfiled social organizations', async () => {
    statements.length = 0;
    const response = await graphqlRequest<Answer>(subgraph.url, STATISTICS, { within: '421181' }, await identityHeaders(testCaller(['analyst'], '421181')));
    expect(response.errors).toBeUndefined();
    expect(response.data!.organizationStatistics).toMatchObject({
      within: '421181',
      partyOrganizationsByKind: [
        { key: 'BRANCH', count: 2 },
        { key: 'COMMITTEE', count: 2 },
      ],
      gridsByLevel: [
        { key: 'BASIC', count: 4 },
        { key: 'TOWNSHIP', count: 2 },
        { key: 'VILLAGE', count: 2 },
        { key: 'WORK_AREA', count: 2 },
      ],
      filedSocialOrganizations: 2,
      unfiledSocialOrganizations: 2,
      weakOrganizations: { total: 0 },
    });
    // One grouped statement per figure, whatever the number of rows.
    expect(statements.filter((sql) => /\bselect\b/i.test(sql)).length).toBeLessThanOrEqual(5);
  });

  it('confines a township caller to its township even when asked for the county', async () => {
    const township = await identityHeaders(testCaller(['township-officer'], HUANGTUGANG));
    const response = await graphqlRequest<Answer>(subgraph.url, STATISTICS, { within: '421181' }, township);
    expect(response.data!.organizationStatistics).toMatchObject({
      within: HUANGTUGANG,
      partyOrganizationsByKind: [
        { key: 'BRANCH', count: 1 },
        { key: 'COMMITTEE', count: 1 },
      ],
      filedSocialOrganizations: 1,
      unfiledSocialOrganizations: 1,
    });
    expect(errorCodes(await graphqlRequest(subgraph.url, STATISTICS, { within: ZHONGGUANYI }, township))).toEqual(['FORBIDDEN']);
  });

  it('gives the same figures on a Region', async () => {
    const response = await graphqlRequest<{ region: { organizationStatistics: { gridsByLevel: { key: string; count: number }[] } } }>(
      subgraph.url,
      `{ region(code: "${ZHONGGUANYI}") { organizationStatistics { gridsByLevel { key count } } } }`,
      {},
      await identityHeaders(testCaller(['analyst'], '421181')),
    );
    expect(response.data!.region.organizationStatistics.gridsByLevel).toEqual([
      { key: 'BASIC', count: 2 },
      { key: 'TOWNSHIP', count: 1 },
      { key: 'VILLAGE', count: 1 },
      { key: 'WORK_AREA', count: 1 },
    ]);
  });
});
