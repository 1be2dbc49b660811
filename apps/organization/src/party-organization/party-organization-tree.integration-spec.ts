import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { OrganizationAppModule } from '../app.module';
import {
  COMMUNITY,
  createOrganization,
  MEMBER_ID,
  type OrganizationView,
  OTHER_TOWNSHIP,
  STREET,
  TOWNSHIP,
  VILLAGE,
} from './testing/party-organization-fixtures';

const TREE = `query Tree($rootId: ID!, $depth: Int, $includeDissolved: Boolean) {
  partyOrganizationTree(rootId: $rootId, depth: $depth, includeDissolved: $includeDissolved) {
    truncated nodes { depth parentId organization { id name kind form regionCode } }
  }
}`;
const LIST = `query List($within: RegionCode, $kind: PartyOrganizationKind, $form: PartyOrganizationForm, $includeDissolved: Boolean, $first: Int, $after: String) {
  partyOrganizations(within: $within, kind: $kind, form: $form, includeDissolved: $includeDissolved, first: $first, after: $after) {
    totalCount nodes { name } pageInfo { hasNextPage endCursor }
  }
}`;
const REGION_ORGANIZATIONS = `query RegionOrganizations($code: RegionCode!) {
  region(code: $code) { code partyOrganizations(first: 50) { totalCount nodes { name regionCode } } }
}`;
const CHILDREN = `query Children($id: ID!, $first: Int, $after: String) {
  partyOrganization(id: $id) { children(first: $first, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }
}`;

type TreeNode = { depth: number; parentId: string | null; organization: { id: string; name: string; kind: string; form: string } };
type Tree = { partyOrganizationTree: { truncated: boolean; nodes: TreeNode[] } };

describe('Party organization trees and lists', () => {
  const statements: string[] = [];
  let subgraph: TestSubgraph;
  let county: Record<string, string>;
  let officer: Record<string, string>;
  let otherOfficer: Record<string, string>;
  let rural: Record<string, OrganizationView>;
  let urban: Record<string, OrganizationView>;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('organization', (config) => OrganizationAppModule.forRoot(config), { queryLogger: (sql) => statements.push(sql) });
    county = await identityHeaders(testCaller(['organization-dept'], '421181'));
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP));
    otherOfficer = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));

    // The rural three-level system 村党组织—村民小组党小组—党员联系户 under 堰头垸村.
    const village = await createOrganization(subgraph, officer, { name: '中共堰头垸村支部委员会', kind: 'BRANCH', regionCode: VILLAGE });
    const group1 = await createOrganization(subgraph, officer, { name: '一组党小组', form: 'VILLAGE_GROUP_GROUP', regionCode: `${VILLAGE}001`, parentId: village.id });
    const group2 = await createOrganization(subgraph, officer, { name: '二组党小组', form: 'VILLAGE_GROUP_GROUP', regionCode: `${VILLAGE}002`, parentId: village.id });
    const contact = await createOrganization(subgraph, officer, {
      name: '张建国党员联系户',
      form: 'CENTRAL_HOUSEHOLD',
      regionCode: `${VILLAGE}001`,
      parentId: group1.id,
      anchorMemberId: MEMBER_ID,
    });
    rural = { village, group1, group2, contact };

    // The urban five-level system 街道大工委—社区大党委—网格党支部—楼栋党小组—党员中心户 under 鼓楼街道.
    const street = await createOrganization(subgraph, county, { name: '鼓楼街道大工委', form: 'STREET_WORKING_COMMITTEE', regionCode: STREET });
    const big = await createOrganization(subgraph, county, {
      name: '鼓楼社区大党委',
      form: 'COMMUNITY_BIG_COMMITTEE',
      regionCode: COMMUNITY,
      parentId: street.id,
      residentUnits: [{ name: '鼓楼小学', unitKind: 'PUBLIC_INSTITUTION' }],
    });
    const grid = await createOrganization(subgraph, county, { name: '第一网格党支部', form: 'GRID_BRANCH', regionCode: COMMUNITY, parentId: big.id });
    const building = await createOrganization(subgraph, county, { name: '3栋党小组', form: 'BUILDING_GROUP', regionCode: COMMUNITY, parentId: grid.id });
    const household = await createOrganization(subgraph, county, {
      name: '李华党员中心户',
      form: 'CENTRAL_HOUSEHOLD',
      regionCode: COMMUNITY,
      parentId: building.id,
      anchorMemberId: MEMBER_ID,
    });
    urban = { street, big, grid, building, household };
  });
  afterAll(() => subgraph?.close());

  const tree = (rootId: string, headers: Record<string, string>, depth?: number) => graphqlRequest<Tree>(subgraph.url, TREE, { rootId, depth }, headers);
  const shape = (nodes: TreeNode[]) => nodes.map((node) => [node.depth, node.organization.name, node.parentId]);

  describe('partyOrganizationTree', () => {
    it('reads the rural three-level tree under a village depth-first, siblings by name', async () => {
      const response = await tree(rural.village.id, officer);
      expect(response.errors).toBeUndefined();
      expect(response.data!.partyOrganizationTree.truncated).toBe(false);
      expect(shape(response.data!.partyOrganizationTree.nodes)).toEqual([
        [0, '中共堰头垸村支部委员会', null],
        [1, '一组党小组', rural.village.id],
        [2, '张建国党员联系户', rural.group1.id],
        [1, '二组党小组', rural.village.id],
      ]);
    });

    it('reads the urban five-level tree under a street with one SQL statement', async () => {
      statements.length = 0;
      const response = await tree(urban.street.id, county);
      expect(response.errors).toBeUndefined();
      expect(statements.filter((sql) => /with recursive/i.test(sql))).toHaveLength(1);
      expect(statements).toHaveLength(1);
      expect(response.data!.partyOrganizationTree.nodes.map((node) => [node.depth, node.organization.form])).toEqual([
        [0, 'STREET_WORKING_COMMITTEE'],
        [1, 'COMMUNITY_BIG_COMMITTEE'],
        [2, 'GRID_BRANCH'],
        [3, 'BUILDING_GROUP'],
        [4, 'CENTRAL_HOUSEHOLD'],
      ]);
    });

    it('stops at the requested depth', async () => {
      const response = await tree(urban.street.id, county, 2);
      expect(response.data!.partyOrganizationTree.nodes.map((node) => node.organization.name)).toEqual(['鼓楼街道大工委', '鼓楼社区大党委', '第一网格党支部']);
    });

    it('hides a tree of another township as NOT_FOUND and refuses a depth out of range', async () => {
      expect(errorCodes(await tree(rural.village.id, otherOfficer))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await tree(urban.street.id, officer))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await tree(rural.village.id, officer, 11))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await tree('not-an-id', officer))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('lists', () => {
    it('lists organizations by kind and form within a region, confined to the caller’s scope', async () => {
      type List = { partyOrganizations: { totalCount: number; nodes: { name: string }[] } };
      const groups = await graphqlRequest<List>(subgraph.url, LIST, { within: VILLAGE, kind: 'GROUP' }, officer);
      expect(groups.data!.partyOrganizations.nodes.map((node) => node.name).sort()).toEqual(['一组党小组', '二组党小组', '张建国党员联系户'].sort());
      const households = await graphqlRequest<List>(subgraph.url, LIST, { form: 'CENTRAL_HOUSEHOLD' }, county);
      expect(households.data!.partyOrganizations.totalCount).toBe(2);
      const fromTownship = await graphqlRequest<List>(subgraph.url, LIST, { form: 'CENTRAL_HOUSEHOLD' }, officer);
      expect(fromTownship.data!.partyOrganizations.nodes.map((node) => node.name)).toEqual(['张建国党员联系户']);
      expect(errorCodes(await graphqlRequest(subgraph.url, LIST, { within: STREET }, officer))).toEqual(['FORBIDDEN']);
    });

    it('adds the organizations of a region to the Region type', async () => {
      const response = await graphqlRequest<{ region: { partyOrganizations: { totalCount: number; nodes: { regionCode: string }[] } } }>(
        subgraph.url,
        REGION_ORGANIZATIONS,
        { code: COMMUNITY },
        county,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.region.partyOrganizations.totalCount).toBe(4);
      expect(response.data!.region.partyOrganizations.nodes.every((node) => node.regionCode === COMMUNITY)).toBe(true);
    });

    it('pages the children of an organization by cursor', async () => {
      type Page = { partyOrganization: { children: { totalCount: number; nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
      const first = await graphqlRequest<Page>(subgraph.url, CHILDREN, { id: rural.village.id, first: 1 }, officer);
      const page1 = first.data!.partyOrganization.children;
      expect(page1).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      const second = await graphqlRequest<Page>(subgraph.url, CHILDREN, { id: rural.village.id, first: 1, after: page1.pageInfo.endCursor }, officer);
      expect([...page1.nodes, ...second.data!.partyOrganization.children.nodes].map((node) => node.name)).toEqual(['一组党小组', '二组党小组']);
    });

    it('shows a village-group organization without a Region, and its parent through the loader', async () => {
      const response = await graphqlRequest<{ partyOrganization: { region: unknown; parent: { id: string } } }>(
        subgraph.url,
        'query($id: ID!) { partyOrganization(id: $id) { region { code } parent { id } } }',
        { id: rural.group1.id },
        officer,
      );
      expect(response.data!.partyOrganization).toEqual({ region: null, parent: { id: rural.village.id } });
    });
  });
});
