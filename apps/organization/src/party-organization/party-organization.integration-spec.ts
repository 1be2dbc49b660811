import { bootTestSubgraph, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { OrganizationAppModule } from '../app.module';
import { PartyOrganizationChange } from './party-organization-change.entity';
import {
  COMMUNITY,
  CREATE,
  createOrganization,
  type CreateInput,
  eventsSince,
  expectRefused,
  lastEventSeq,
  MEMBER_ID,
  ORGANIZATION_FIELDS,
  type OrganizationView,
  OTHER_TOWNSHIP,
  OTHER_TOWNSHIP_VILLAGE,
  OTHER_VILLAGE,
  rowCounts,
  STREET,
  THIRD_VILLAGE,
  TOWNSHIP,
  VILLAGE,
} from './testing/party-organization-fixtures';

const RENAME = `mutation Rename($id: ID!, $name: String!) { renamePartyOrganization(id: $id, name: $name) { ${ORGANIZATION_FIELDS} } }`;
const MOVE = `mutation Move($id: ID!, $newParentId: ID) { movePartyOrganization(id: $id, newParentId: $newParentId) { ${ORGANIZATION_FIELDS} parent { id } } }`;
const DISSOLVE = `mutation Dissolve($id: ID!, $dissolvedAt: LocalDate!, $children: DissolveChildrenInput) {
  dissolvePartyOrganization(id: $id, dissolvedAt: $dissolvedAt, children: $children) { ${ORGANIZATION_FIELDS} }
}`;
const ORGANIZATION = `query One($id: ID!) {
  partyOrganization(id: $id) { ${ORGANIZATION_FIELDS} children(first: 10) { totalCount nodes { id name } }
    changes(first: 10) { nodes { action fromValue toValue changedBy } } }
}`;

describe('Party organization mutations', () => {
  let subgraph: TestSubgraph;
  let county: Record<string, string>;
  let officer: Record<string, string>;
  let otherOfficer: Record<string, string>;
  let analyst: Record<string, string>;
  let townshipCommittee: OrganizationView;
  let otherTownshipCommittee: OrganizationView;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('organization', (config) => OrganizationAppModule.forRoot(config));
    county = await identityHeaders(testCaller(['organization-dept'], '421181', 'org-dept-user'));
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP, 'officer-huangtugang'));
    otherOfficer = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
    analyst = await identityHeaders(testCaller(['analyst'], '421181'));
    townshipCommittee = await createOrganization(subgraph, officer, { name: '中共黄土岗镇委员会', kind: 'COMMITTEE', regionCode: TOWNSHIP });
    otherTownshipCommittee = await createOrganization(subgraph, county, { name: '中共中馆驿镇委员会', kind: 'COMMITTEE', regionCode: OTHER_TOWNSHIP });
  });
  afterAll(() => subgraph?.close());

  const create = (input: CreateInput, headers = officer) => graphqlRequest(subgraph.url, CREATE, { input: { foundedAt: '2020-01-01', ...input } }, headers);
  const rename = (id: string, name: string, headers = officer) => graphqlRequest(subgraph.url, RENAME, { id, name }, headers);
  const move = (id: string, newParentId: string | null, headers = officer) => graphqlRequest(subgraph.url, MOVE, { id, newParentId }, headers);
  const dissolve = (id: string, children: Record<string, unknown> | null, headers = officer, dissolvedAt = '2024-06-30') =>
    graphqlRequest<{ dissolvePartyOrganization: OrganizationView }>(subgraph.url, DISSOLVE, { id, dissolvedAt, children }, headers);
  const villageBranch = (name: string, parentId: string | null = townshipCommittee.id, regionCode = VILLAGE) =>
    createOrganization(subgraph, officer, { name, kind: 'BRANCH', regionCode, parentId });

  describe('createPartyOrganization', () => {
    it('writes the organization, its change row and its created event in one transaction', async () => {
      const before = await rowCounts(subgraph);
      const seq = await lastEventSeq(subgraph);
      const response = await graphqlRequest<{ createPartyOrganization: OrganizationView & Record<string, unknown> }>(
        subgraph.url,
        CREATE,
        { input: { name: '中共堰头垸村支部委员会', kind: 'BRANCH', regionCode: VILLAGE, parentId: townshipCommittee.id, foundedAt: '1998-07-01' } },
        officer,
      );
      expect(response.errors).toBeUndefined();
      const created = response.data!.createPartyOrganization;
      expect(created).toMatchObject({
        kind: 'BRANCH',
        form: 'STANDARD',
        regionCode: VILLAGE,
        parentId: townshipCommittee.id,
        active: true,
        memberCount: 0,
        inVillageRatio: null,
        region: { code: VILLAGE, shortName: '堰头垸村' },
        parent: { id: townshipCommittee.id, name: '中共黄土岗镇委员会' },
        memberRegions: [],
        residentUnits: [],
      });
      expect(await rowCounts(subgraph)).toEqual({ ...before, organizations: before.organizations + 1, changes: before.changes + 1, events: before.events + 1 });
      expect(await eventsSince(subgraph, seq)).toEqual([
        {
          type: 'organization.organization.created.v1',
          key: VILLAGE,
          data: { organizationId: created.id, kind: 'BRANCH', form: 'STANDARD', regionCode: VILLAGE, parentId: townshipCommittee.id, name: '中共堰头垸村支部委员会' },
        },
      ]);
      const change = await subgraph.em().findOneOrFail(PartyOrganizationChange, { organization: created.id });
      expect(change).toMatchObject({ action: 'CREATED', toValue: '中共堰头垸村支部委员会', changedBy: 'officer-huangtugang', regionCode: VILLAGE });
    });

    it('creates a joint committee over two of its villages, and a branch of a member village under it', async () => {
      const joint = await createOrganization(subgraph, officer, {
        name: '黄土岗镇联村党委',
        form: 'JOINT_COMMITTEE',
        regionCode: TOWNSHIP,
        parentId: townshipCommittee.id,
        memberRegionCodes: [OTHER_VILLAGE, VILLAGE],
      });
      expect(joint).toMatchObject({ kind: 'COMMITTEE', form: 'JOINT_COMMITTEE' });
      expect((joint as unknown as { memberRegions: unknown }).memberRegions).toEqual([
        { code: OTHER_VILLAGE, shortName: '严家畈村' },
        { code: VILLAGE, shortName: '堰头垸村' },
      ]);
      const branch = await villageBranch('严家畈村党支部', joint.id, OTHER_VILLAGE);
      expect(branch.parentId).toBe(joint.id);
    });

    it('creates a community big committee with its resident units under a street working committee', async () => {
      const street = await createOrganization(subgraph, county, { name: '鼓楼街道大工委', form: 'STREET_WORKING_COMMITTEE', regionCode: STREET });
      const big = await createOrganization(subgraph, county, {
        name: '鼓楼社区大党委',
        form: 'COMMUNITY_BIG_COMMITTEE',
        regionCode: COMMUNITY,
        parentId: street.id,
        residentUnits: [
          { name: '鼓楼小学', unitKind: 'PUBLIC_INSTITUTION' },
          { name: '麻城市税务局', unitKind: 'GOVERNMENT_AGENCY' },
        ],
      });
      expect((big as unknown as { residentUnits: unknown }).residentUnits).toEqual([
        { name: '麻城市税务局', unitKind: 'GOVERNMENT_AGENCY' },
        { name: '鼓楼小学', unitKind: 'PUBLIC_INSTITUTION' },
      ]);
    });
  });

  describe('createPartyOrganization refused: nothing written', () => {
    it.each([
      ['an empty name', { name: '  ', kind: 'BRANCH', regionCode: VILLAGE }, /name must be 1 to 100/],
      ['a STANDARD organization without a kind', { name: '某支部', regionCode: VILLAGE }, /kind is required/],
      ['a kind that contradicts the form', { name: '某网格', form: 'GRID_BRANCH', kind: 'GROUP', regionCode: VILLAGE }, /is a BRANCH 党支部/],
      ['a big committee in a rural village', { name: '堰头垸大党委', form: 'COMMUNITY_BIG_COMMITTEE', regionCode: VILLAGE, residentUnits: [{ name: '某单位', unitKind: 'OTHER' }] }, /urban community/],
      ['a street working committee in a town', { name: '黄土岗大工委', form: 'STREET_WORKING_COMMITTEE', regionCode: TOWNSHIP }, /street 街道/],
      ['a joint committee of one village', { name: '联村党委', form: 'JOINT_COMMITTEE', regionCode: TOWNSHIP, memberRegionCodes: [VILLAGE] }, /2 to 30 villages/],
      ['a joint committee reaching into another township', { name: '联村党委', form: 'JOINT_COMMITTEE', regionCode: TOWNSHIP, memberRegionCodes: [VILLAGE, OTHER_TOWNSHIP_VILLAGE] }, /outside the committee/],
      ['a village code not in the tree', { name: '某支部', kind: 'BRANCH', regionCode: '421181111999' }, /not in the region tree/],
      ['a party group without a parent', { name: '某小组', kind: 'GROUP', regionCode: VILLAGE }, /sits under a branch/],
      ['a central household without its member', { name: '张家中心户', form: 'CENTRAL_HOUSEHOLD', regionCode: VILLAGE }, /anchorMemberId/],
      ['a founding date in the future', { name: '某支部', kind: 'BRANCH', regionCode: VILLAGE, foundedAt: '2999-01-01' }, /future/],
      ['a malformed parent id', { name: '某支部', kind: 'BRANCH', regionCode: VILLAGE, parentId: 'committee-1' }, /parentId/],
    ])('refuses %s with BAD_USER_INPUT', async (_case, input, message) => {
      await expectRefused(subgraph, () => create(input), 'BAD_USER_INPUT', message);
    });

    it('refuses a branch under a committee of another region, and a group straight under a committee', async () => {
      await expectRefused(
        subgraph,
        () => create({ name: '错位支部', kind: 'BRANCH', regionCode: VILLAGE, parentId: otherTownshipCommittee.id }, county),
        'BAD_USER_INPUT',
        /outside the parent's region/,
      );
      await expectRefused(subgraph, () => create({ name: '某小组', kind: 'GROUP', regionCode: VILLAGE, parentId: townshipCommittee.id }), 'BAD_USER_INPUT', /cannot sit under a COMMITTEE/);
    });

    it('refuses a branch under a joint committee for a village it does not join', async () => {
      const joint = await createOrganization(subgraph, officer, {
        name: '黄土岗镇第二联村党委',
        form: 'JOINT_COMMITTEE',
        regionCode: TOWNSHIP,
        memberRegionCodes: [VILLAGE, OTHER_VILLAGE],
      });
      await expectRefused(subgraph, () => create({ name: '桐枧冲村党支部', kind: 'BRANCH', regionCode: THIRD_VILLAGE, parentId: joint.id }), 'BAD_USER_INPUT', /not among them/);
    });

    it('refuses a region of another township with FORBIDDEN and a parent there with NOT_FOUND', async () => {
      await expectRefused(subgraph, () => create({ name: '林寨村党支部', kind: 'BRANCH', regionCode: OTHER_TOWNSHIP_VILLAGE }), 'FORBIDDEN', /outside your region scope/);
      await expectRefused(subgraph, () => create({ name: '某支部', kind: 'BRANCH', regionCode: VILLAGE, parentId: otherTownshipCommittee.id }), 'NOT_FOUND');
    });

    it('refuses an analyst, and a township officer at county level, with FORBIDDEN', async () => {
      await expectRefused(subgraph, () => create({ name: '某支部', kind: 'BRANCH', regionCode: VILLAGE }, analyst), 'FORBIDDEN', /organization-dept, township-officer/);
      const countyOfficer = await identityHeaders(testCaller(['township-officer'], '421181'));
      await expectRefused(subgraph, () => create({ name: '中共麻城市委员会', kind: 'COMMITTEE', regionCode: '421181' }, countyOfficer), 'FORBIDDEN', /township and below/);
    });

    it('refuses a second active sibling of the same name with CONFLICT', async () => {
      await villageBranch('同名支部');
      await expectRefused(subgraph, () => create({ name: '同名支部', kind: 'BRANCH', regionCode: VILLAGE, parentId: townshipCommittee.id }), 'CONFLICT', /already sits under/);
    });
  });

  describe('renamePartyOrganization', () => {
    it('renames, records from and to, and publishes nothing', async () => {
      const branch = await villageBranch('旧名支部');
      const seq = await lastEventSeq(subgraph);
      const response = await rename(branch.id, '新名支部');
      expect(response.errors).toBeUndefined();
      expect(response.data).toMatchObject({ renamePartyOrganization: { id: branch.id, name: '新名支部' } });
      expect(await eventsSince(subgraph, seq)).toEqual([]);
      const read = await graphqlRequest<{ partyOrganization: { changes: { nodes: unknown[] } } }>(subgraph.url, ORGANIZATION, { id: branch.id }, officer);
      expect(read.data!.partyOrganization.changes.nodes[0]).toEqual({ action: 'RENAMED', fromValue: '旧名支部', toValue: '新名支部', changedBy: 'officer-huangtugang' });
    });

    it('refuses the same name, a taken name, another township and an analyst; nothing written', async () => {
      const branch = await villageBranch('待改名支部');
      await villageBranch('已占用支部');
      await expectRefused(subgraph, () => rename(branch.id, '待改名支部'), 'BAD_USER_INPUT', /already named/);
      await expectRefused(subgraph, () => rename(branch.id, '已占用支部'), 'CONFLICT', /already sits under/);
      await expectRefused(subgraph, () => rename(branch.id, '越权改名', otherOfficer), 'NOT_FOUND');
      await expectRefused(subgraph, () => rename(branch.id, '越权改名', analyst), 'FORBIDDEN');
    });
  });

  describe('movePartyOrganization', () => {
    it('moves a village branch under a joint committee that joins its village and publishes the move', async () => {
      const joint = await createOrganization(subgraph, officer, {
        name: '堰头垸片联村党委',
        form: 'JOINT_COMMITTEE',
        regionCode: TOWNSHIP,
        parentId: townshipCommittee.id,
        memberRegionCodes: [VILLAGE, THIRD_VILLAGE],
      });
      const branch = await villageBranch('迁移支部');
      const seq = await lastEventSeq(subgraph);
      const response = await move(branch.id, joint.id);
      expect(response.errors).toBeUndefined();
      expect(response.data).toMatchObject({ movePartyOrganization: { parentId: joint.id, parent: { id: joint.id } } });
      expect(await eventsSince(subgraph, seq)).toEqual([
        {
          type: 'organization.organization.moved.v1',
          key: VILLAGE,
          data: { organizationId: branch.id, regionCode: VILLAGE, fromParentId: townshipCommittee.id, toParentId: joint.id },
        },
      ]);
      const toTop = await move(branch.id, null);
      expect(toTop.data).toMatchObject({ movePartyOrganization: { parentId: null, parent: null } });
    });

    it('refuses a cycle, a rank that does not fit, the same parent and a joint committee without the village (CONFLICT)', async () => {
      const branch = await villageBranch('循环检查支部');
      const group = await createOrganization(subgraph, officer, { name: '一组党小组', form: 'VILLAGE_GROUP_GROUP', regionCode: `${VILLAGE}001`, parentId: branch.id });
      const joint = await createOrganization(subgraph, officer, { name: '另一联村党委', form: 'JOINT_COMMITTEE', regionCode: TOWNSHIP, memberRegionCodes: [OTHER_VILLAGE, THIRD_VILLAGE] });
      await expectRefused(subgraph, () => move(townshipCommittee.id, branch.id), 'CONFLICT', /cycle|cannot sit under/);
      await expectRefused(subgraph, () => move(branch.id, branch.id), 'CONFLICT', /own parent/);
      await expectRefused(subgraph, () => move(group.id, townshipCommittee.id), 'CONFLICT', /cannot sit under a COMMITTEE/);
      await expectRefused(subgraph, () => move(branch.id, townshipCommittee.id), 'CONFLICT', /already sits under/);
      await expectRefused(subgraph, () => move(branch.id, joint.id), 'CONFLICT', /not among them/);
      await expectRefused(subgraph, () => move(group.id, null), 'CONFLICT', /always sits under a parent/);
    });

    it('refuses a cycle through a descendant deeper than one level', async () => {
      const top = await createOrganization(subgraph, officer, { name: '顶层党委', kind: 'COMMITTEE', regionCode: TOWNSHIP });
      const middle = await createOrganization(subgraph, officer, { name: '中层党委', kind: 'COMMITTEE', regionCode: VILLAGE, parentId: top.id });
      const bottom = await createOrganization(subgraph, officer, { name: '底层党委', kind: 'COMMITTEE', regionCode: VILLAGE, parentId: middle.id });
      await expectRefused(subgraph, () => move(top.id, bottom.id), 'CONFLICT', /cycle|outside the parent's region/);
      await expectRefused(subgraph, () => move(middle.id, bottom.id), 'CONFLICT', /cycle/);
    });

    it('refuses a parent in another township (NOT_FOUND) and an analyst (FORBIDDEN)', async () => {
      const branch = await villageBranch('越界迁移支部');
      await expectRefused(subgraph, () => move(branch.id, otherTownshipCommittee.id), 'NOT_FOUND');
      await expectRefused(subgraph, () => move(branch.id, otherTownshipCommittee.id, otherOfficer), 'NOT_FOUND');
      await expectRefused(subgraph, () => move(branch.id, null, analyst), 'FORBIDDEN');
    });
  });

  describe('dissolvePartyOrganization', () => {
    it('refuses an organization with active children and no handling with CONFLICT naming the count', async () => {
      const branch = await villageBranch('有下级支部');
      for (const suffix of ['002', '003']) {
        await createOrganization(subgraph, officer, { name: `${suffix}组党小组`, form: 'VILLAGE_GROUP_GROUP', regionCode: `${VILLAGE}${suffix}`, parentId: branch.id });
      }
      const response = await expectRefused(subgraph, () => dissolve(branch.id, null), 'CONFLICT', /has 2 active child organizations/);
      expect(response.errors![0].extensions).toMatchObject({ activeChildren: 2 });
    });

    it('dissolves a leaf: sets the date, keeps the row, records it and publishes dissolved', async () => {
      const branch = await villageBranch('待撤销支部');
      const before = await rowCounts(subgraph);
      const seq = await lastEventSeq(subgraph);
      const response = await dissolve(branch.id, null);
      expect(response.data!.dissolvePartyOrganization).toMatchObject({ dissolvedAt: '2024-06-30', active: false });
      expect(await rowCounts(subgraph)).toEqual({ ...before, dissolved: before.dissolved + 1, changes: before.changes + 1, events: before.events + 1 });
      expect(await eventsSince(subgraph, seq)).toEqual([
        {
          type: 'organization.organization.dissolved.v1',
          key: VILLAGE,
          data: { organizationId: branch.id, regionCode: VILLAGE, dissolvedAt: '2024-06-30', childrenHandling: 'NONE' },
        },
      ]);
      await expectRefused(subgraph, () => dissolve(branch.id, null), 'CONFLICT', /was dissolved on 2024-06-30/);
      await expectRefused(subgraph, () => create({ name: '撤销后下级', kind: 'GROUP', regionCode: VILLAGE, parentId: branch.id }), 'CONFLICT', /was dissolved/);
    });

    it('moves the children to its parent with MOVE_TO_PARENT, each move published', async () => {
      const general = await createOrganization(subgraph, officer, { name: '堰头垸村党总支', kind: 'GENERAL_BRANCH', regionCode: VILLAGE, parentId: townshipCommittee.id });
      const first = await villageBranch('第一党支部', general.id);
      const second = await villageBranch('第二党支部', general.id);
      const seq = await lastEventSeq(subgraph);
      const response = await dissolve(general.id, { handling: 'MOVE_TO_PARENT' });
      expect(response.errors).toBeUndefined();
      const events = await eventsSince(subgraph, seq);
      expect(events.map((event) => [event.type, event.data.organizationId])).toEqual([
        ['organization.organization.moved.v1', first.id],
        ['organization.organization.moved.v1', second.id],
        ['organization.organization.dissolved.v1', general.id],
      ]);
      expect(events[0].data).toMatchObject({ fromParentId: general.id, toParentId: townshipCommittee.id });
      expect(events[2].data).toMatchObject({ childrenHandling: 'MOVED' });
      const read = await graphqlRequest<{ partyOrganization: OrganizationView }>(subgraph.url, ORGANIZATION, { id: first.id }, officer);
      expect(read.data!.partyOrganization.parentId).toBe(townshipCommittee.id);
    });

    it('moves the children to a named organization with MOVE_TO', async () => {
      const old = await villageBranch('旧党支部');
      const target = await villageBranch('新党支部');
      const group = await createOrganization(subgraph, officer, { name: '四组党小组', form: 'VILLAGE_GROUP_GROUP', regionCode: `${VILLAGE}004`, parentId: old.id });
      const response = await dissolve(old.id, { handling: 'MOVE_TO', targetParentId: target.id });
      expect(response.errors).toBeUndefined();
      const read = await graphqlRequest<{ partyOrganization: { children: { nodes: { id: string }[] } } }>(subgraph.url, ORGANIZATION, { id: target.id }, officer);
      expect(read.data!.partyOrganization.children.nodes.map((node) => node.id)).toEqual([group.id]);
    });

    it('dissolves the whole subtree with DISSOLVE_WITH: dates set, rows kept, one event per organization', async () => {
      const branch = await villageBranch('整体撤销支部');
      const group = await createOrganization(subgraph, officer, { name: '五组党小组', form: 'VILLAGE_GROUP_GROUP', regionCode: `${VILLAGE}005`, parentId: branch.id });
      const household = await createOrganization(subgraph, officer, {
        name: '张家党员联系户',
        form: 'CENTRAL_HOUSEHOLD',
        regionCode: `${VILLAGE}005`,
        parentId: group.id,
        anchorMemberId: MEMBER_ID,
      });
      const before = await rowCounts(subgraph);
      const seq = await lastEventSeq(subgraph);
      const response = await dissolve(branch.id, { handling: 'DISSOLVE_WITH' });
      expect(response.errors).toBeUndefined();
      expect(await rowCounts(subgraph)).toEqual({ ...before, dissolved: before.dissolved + 3, changes: before.changes + 3, events: before.events + 3 });
      const events = await eventsSince(subgraph, seq);
      expect(events.map((event) => [event.data.organizationId, event.data.childrenHandling])).toEqual([
        [group.id, 'DISSOLVED'],
        [household.id, 'NONE'],
        [branch.id, 'DISSOLVED'],
      ]);
      const read = await graphqlRequest<{ partyOrganization: OrganizationView }>(subgraph.url, ORGANIZATION, { id: household.id }, officer);
      expect(read.data!.partyOrganization).toMatchObject({ dissolvedAt: '2024-06-30', active: false });
    });

    it('refuses children that do not fit the new parent, and a target inside the subtree (CONFLICT)', async () => {
      const branch = await villageBranch('小组不可上移支部');
      const group = await createOrganization(subgraph, officer, { name: '六组党小组', form: 'VILLAGE_GROUP_GROUP', regionCode: `${VILLAGE}006`, parentId: branch.id });
      await expectRefused(subgraph, () => dissolve(branch.id, { handling: 'MOVE_TO_PARENT' }), 'CONFLICT', /cannot move: a GROUP 党小组 cannot sit under a COMMITTEE/);
      await expectRefused(subgraph, () => dissolve(branch.id, { handling: 'MOVE_TO', targetParentId: group.id }), 'CONFLICT', /cycle/);
    });

    it.each([
      ['a date in the future', { handling: 'DISSOLVE_WITH' }, '2999-01-01', /future/],
      ['a date before it was founded', { handling: 'DISSOLVE_WITH' }, '2019-12-31', /before the organization was founded/],
      ['MOVE_TO without a target', { handling: 'MOVE_TO' }, '2024-06-30', /needs children.targetParentId/],
      ['a target with MOVE_TO_PARENT', { handling: 'MOVE_TO_PARENT', targetParentId: MEMBER_ID }, '2024-06-30', /goes only with MOVE_TO/],
    ])('refuses %s with BAD_USER_INPUT', async (_case, children, dissolvedAt, message) => {
      const branch = await villageBranch(`日期检查支部${dissolvedAt}${children.handling}`);
      await createOrganization(subgraph, officer, { name: '七组党小组', form: 'VILLAGE_GROUP_GROUP', regionCode: `${VILLAGE}007`, parentId: branch.id });
      await expectRefused(subgraph, () => dissolve(branch.id, children, officer, dissolvedAt), 'BAD_USER_INPUT', message);
    });

    it('refuses MOVE_TO_PARENT when the parent lies above the caller’s scope with FORBIDDEN', async () => {
      const countyCommittee = await createOrganization(subgraph, county, { name: '中共麻城市委员会', kind: 'COMMITTEE', regionCode: '421181' });
      const committee = await createOrganization(subgraph, county, { name: '黄土岗镇机关党委', kind: 'COMMITTEE', regionCode: TOWNSHIP, parentId: countyCommittee.id });
      await createOrganization(subgraph, officer, { name: '镇机关第一党支部', kind: 'BRANCH', regionCode: TOWNSHIP, parentId: committee.id });
      await expectRefused(subgraph, () => dissolve(committee.id, { handling: 'MOVE_TO_PARENT' }), 'FORBIDDEN', /outside your region scope: use MOVE_TO/);
      const response = await dissolve(committee.id, { handling: 'MOVE_TO_PARENT' }, county);
      expect(response.errors).toBeUndefined();
    });

    it('refuses another township (NOT_FOUND), a target there (NOT_FOUND) and an analyst (FORBIDDEN)', async () => {
      const branch = await villageBranch('越权撤销支部');
      await createOrganization(subgraph, officer, { name: '八组党小组', form: 'VILLAGE_GROUP_GROUP', regionCode: `${VILLAGE}008`, parentId: branch.id });
      await expectRefused(subgraph, () => dissolve(branch.id, null, otherOfficer), 'NOT_FOUND');
      await expectRefused(subgraph, () => dissolve(branch.id, { handling: 'MOVE_TO', targetParentId: otherTownshipCommittee.id }), 'NOT_FOUND');
      await expectRefused(subgraph, () => dissolve(branch.id, { handling: 'DISSOLVE_WITH' }, analyst), 'FORBIDDEN');
    });
  });
});
