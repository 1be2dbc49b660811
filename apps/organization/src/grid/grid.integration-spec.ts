import { randomUUID } from 'node:crypto';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { OrganizationAppModule } from '../app.module';
import { GridRoleAssignment } from './grid-role-assignment.entity';
import { Grid } from './grid.entity';

const TOWNSHIP = '421181111'; // 黄土岗镇
const VILLAGE = '421181111229'; // 堰头垸村
const SECOND_VILLAGE = '421181111201'; // 严家畈村
const OTHER_TOWNSHIP = '421181100'; // 中馆驿镇
const OTHER_VILLAGE = '421181100200'; // 林寨村

const GRID_FIELDS = 'id name level parentId regionCode departments households staffing { chiefs instructors workers complete }';
const CREATE = `mutation Create($input: CreateGridInput!) { createGrid(input: $input) { ${GRID_FIELDS} } }`;
const SET_DEPARTMENTS = `mutation Set($id: ID!, $departments: [GridDepartment!]!) { setGridDepartments(id: $id, departments: $departments) { id departments } }`;
const ASSIGN = `mutation Assign($input: AssignGridRoleInput!) {
  assignGridRole(input: $input) { id gridId personId personName role seat assignedAt endedAt active grid { id } }
}`;
const END = `mutation End($id: ID!, $endedAt: LocalDate, $reason: String) {
  endGridRole(id: $id, endedAt: $endedAt, reason: $reason) { id active endedAt endReason endedBy }
}`;
const GRID = `query Grid($id: ID!) {
  grid(id: $id) {
    ${GRID_FIELDS}
    parent { id level }
    children(first: 10) { totalCount nodes { id level } }
    region { code shortName }
    roles { personName role seat }
    roleHistory(first: 10) { totalCount nodes { personName active } }
  }
}`;
const GRIDS = `query Grids($within: RegionCode, $level: GridLevel, $first: Int, $after: String) {
  grids(within: $within, level: $level, first: $first, after: $after) {
    totalCount nodes { id name } pageInfo { hasNextPage endCursor }
  }
}`;
const MISSING = `query Missing($within: RegionCode) { basicGridsMissingRoles(within: $within, first: 100) { totalCount nodes { id } } }`;
const REGION_GRIDS = `query RegionGrids($code: RegionCode!) { region(code: $code) { code grids(level: BASIC, first: 100) { totalCount nodes { id } } } }`;

type GridResult = { id: string; level: string; staffing: { chiefs: number; instructors: number; workers: number; complete: boolean } | null };
type Headers = Record<string, string>;

describe('Grids 网格', () => {
  let subgraph: TestSubgraph;
  let countyDept: Headers;
  let officer: Headers;
  let otherOfficer: Headers;
  let politicalLegal: Headers;
  let analyst: Headers;
  let tree: { township: string; workArea: string; village: string; basic: string };

  const rows = async () => ({ grids: await subgraph.em().count(Grid, {}), roles: await subgraph.em().count(GridRoleAssignment, {}) });

  async function create(input: Record<string, unknown>, headers = officer): Promise<GridResult> {
    const response = await graphqlRequest<{ createGrid: GridResult }>(subgraph.url, CREATE, { input }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.createGrid;
  }

  const assign = (input: Record<string, unknown>, headers = officer) =>
    graphqlRequest<{ assignGridRole: { id: string; seat: number; role: string } }>(subgraph.url, ASSIGN, { input }, headers);

  async function basicGrid(name: string): Promise<string> {
    return (await create({ name, level: 'BASIC', parentId: tree.village, regionCode: VILLAGE })).id;
  }

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('organization', (config) => OrganizationAppModule.forRoot(config));
    countyDept = await identityHeaders(testCaller(['organization-dept'], '421181'));
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP, 'officer-htg'));
    otherOfficer = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
    politicalLegal = await identityHeaders(testCaller(['political-legal'], '421181'));
    analyst = await identityHeaders(testCaller(['analyst'], '421181'));
    const township = await create({ name: '黄土岗镇网格', level: 'TOWNSHIP', regionCode: TOWNSHIP, departments: ['PARTY_BUILDING'] }, countyDept);
    const workArea = await create({ name: '第一工作区', level: 'WORK_AREA', parentId: township.id, regionCode: TOWNSHIP });
    const village = await create({ name: '堰头垸村网格', level: 'VILLAGE', parentId: workArea.id, regionCode: VILLAGE });
    const basic = await create({ name: '第1网格', level: 'BASIC', parentId: village.id, regionCode: VILLAGE, households: 186 }, politicalLegal);
    tree = { township: township.id, workArea: workArea.id, village: village.id, basic: basic.id };
  });
  afterAll(() => subgraph?.close());

  describe('success', () => {
    it('builds the four levels and reads a basic grid with its parent, region and staffing', async () => {
      const response = await graphqlRequest<{ grid: Record<string, unknown> }>(subgraph.url, GRID, { id: tree.basic }, officer);
      expect(response.errors).toBeUndefined();
      expect(response.data!.grid).toMatchObject({
        level: 'BASIC',
        parentId: tree.village,
        regionCode: VILLAGE,
        households: 186,
        departments: [],
        staffing: { chiefs: 0, instructors: 0, workers: 0, complete: false },
        parent: { id: tree.village, level: 'VILLAGE' },
        children: { totalCount: 0 },
        region: { code: VILLAGE, shortName: '堰头垸村' },
        roles: [],
      });
      const township = await graphqlRequest<{ grid: Record<string, unknown> }>(subgraph.url, GRID, { id: tree.township }, countyDept);
      expect(township.data!.grid).toMatchObject({ level: 'TOWNSHIP', parent: null, staffing: null, departments: ['PARTY_BUILDING'] });
      expect(township.data!.grid.children).toEqual({ totalCount: 1, nodes: [{ id: tree.workArea, level: 'WORK_AREA' }] });
    });

    it('replaces the departments a grid carries, each once in canonical order (多网合一)', async () => {
      const response = await graphqlRequest<{ setGridDepartments: { departments: string[] } }>(
        subgraph.url,
        SET_DEPARTMENTS,
        { id: tree.village, departments: ['PUBLIC_SECURITY', 'PARTY_BUILDING', 'COMPREHENSIVE_GOVERNANCE', 'PUBLIC_SECURITY'] },
        politicalLegal,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.setGridDepartments.departments).toEqual(['PARTY_BUILDING', 'COMPREHENSIVE_GOVERNANCE', 'PUBLIC_SECURITY']);
    });

    it('fills 1 chief, 2 instructors and 1 worker, then lists the grid as missing a role once one ends', async () => {
      const grid = await basicGrid('第2网格');
      const people = [
        ['王书记', 'CHIEF'],
        ['李指导', 'INSTRUCTOR'],
        ['陈指导', 'INSTRUCTOR'],
        ['张网格', 'WORKER'],
      ];
      const ids: string[] = [];
      for (const [personName, role] of people) {
        const response = await assign({ gridId: grid, personId: randomUUID(), personName, role, assignedAt: '2024-03-01' });
        expect(response.errors).toBeUndefined();
        ids.push(response.data!.assignGridRole.id);
      }
      const filled = await graphqlRequest<{ grid: { staffing: GridResult['staffing']; roles: { role: string; seat: number }[] } }>(subgraph.url, GRID, { id: grid }, officer);
      expect(filled.data!.grid.staffing).toEqual({ chiefs: 1, instructors: 2, workers: 1, complete: true });
      expect(filled.data!.grid.roles.map((role) => `${role.role}${role.seat}`).sort()).toEqual(['CHIEF1', 'INSTRUCTOR1', 'INSTRUCTOR2', 'WORKER1']);
      // An analyst reads who holds which seat, with the names masked (DOMAIN §7).
      type Names = { grid: { roles: { personName: string }[]; roleHistory: { nodes: { personName: string }[] } } };
      const names = (response: { data?: Names | null }) => [...response.data!.grid.roles, ...response.data!.grid.roleHistory.nodes].map((role) => role.personName).sort();
      expect(names(await graphqlRequest<Names>(subgraph.url, GRID, { id: grid }, analyst))).toEqual(names(filled as { data?: Names | null }).map((name) => [...name][0] + '*'.repeat([...name].length - 1)));
      expect(names(filled as { data?: Names | null })).toContain('张网格');
      let missing = await graphqlRequest<{ basicGridsMissingRoles: { nodes: { id: string }[] } }>(subgraph.url, MISSING, { within: VILLAGE }, officer);
      expect(missing.data!.basicGridsMissingRoles.nodes.map((node) => node.id)).not.toContain(grid);

      const ended = await graphqlRequest<{ endGridRole: Record<string, unknown> }>(subgraph.url, END, { id: ids[3], endedAt: '2025-06-30', reason: '外出务工' }, officer);
      expect(ended.errors).toBeUndefined();
      expect(ended.data!.endGridRole).toEqual({ id: ids[3], active: false, endedAt: '2025-06-30', endReason: '外出务工', endedBy: 'officer-htg' });
      missing = await graphqlRequest(subgraph.url, MISSING, { within: VILLAGE }, officer);
      expect(missing.data!.basicGridsMissingRoles.nodes.map((node) => node.id)).toContain(grid);
      const after = await graphqlRequest<{ grid: { staffing: GridResult['staffing']; roleHistory: { totalCount: number } } }>(subgraph.url, GRID, { id: grid }, officer);
      expect(after.data!.grid.staffing).toEqual({ chiefs: 1, instructors: 2, workers: 0, complete: false });
      expect(after.data!.grid.roleHistory.totalCount).toBe(4);

      const again = await assign({ gridId: grid, personId: randomUUID(), personName: '刘网格', role: 'WORKER' });
      expect(again.errors).toBeUndefined();
      expect(again.data!.assignGridRole.seat).toBe(1);
    });

    it('pages the basic grids of a village across two pages without repeats', async () => {
      for (const name of ['第3网格', '第4网格', '第5网格']) await basicGrid(name);
      type Page = { grids: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const first = await graphqlRequest<Page>(subgraph.url, GRIDS, { within: VILLAGE, level: 'BASIC', first: 3 }, officer);
      const total = first.data!.grids.totalCount;
      expect(total).toBeGreaterThanOrEqual(5);
      expect(first.data!.grids.pageInfo.hasNextPage).toBe(true);
      const second = await graphqlRequest<Page>(subgraph.url, GRIDS, { within: VILLAGE, level: 'BASIC', first: 100, after: first.data!.grids.pageInfo.endCursor }, officer);
      expect(second.data!.grids.pageInfo.hasNextPage).toBe(false);
      const ids = [...first.data!.grids.nodes, ...second.data!.grids.nodes].map((node) => node.id);
      expect(ids).toHaveLength(total);
      expect(new Set(ids).size).toBe(total);
    });

    it('lists a region’s grids through Region.grids', async () => {
      const response = await graphqlRequest<{ region: { grids: { totalCount: number; nodes: { id: string }[] } } }>(subgraph.url, REGION_GRIDS, { code: VILLAGE }, analyst);
      expect(response.errors).toBeUndefined();
      expect(response.data!.region.grids.nodes.map((node) => node.id)).toContain(tree.basic);
    });
  });

  describe('concurrency', () => {
    it('lets exactly one of four simultaneous workers into the one 网格员 seat', async () => {
      const grid = await basicGrid('并发网格');
      const responses = await Promise.all(['甲', '乙', '丙', '丁'].map((name) => assign({ gridId: grid, personId: randomUUID(), personName: name, role: 'WORKER' })));
      const codes = responses.map((response) => errorCodes(response)[0] ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
      expect(await subgraph.em().count(GridRoleAssignment, { grid, endedAt: null })).toBe(1);
      expect((await subgraph.em().findOneOrFail(Grid, grid)).workerCount).toBe(1);
    });
  });

  describe('failure: nothing written', () => {
    it.each([
      ['an empty name', () => ({ name: ' ', level: 'BASIC', parentId: tree.village, regionCode: VILLAGE }), /name must be 1 to 60/],
      ['a village grid on a township code', () => ({ name: 'x', level: 'VILLAGE', parentId: tree.workArea, regionCode: TOWNSHIP }), /lies on a village/],
      ['a basic grid straight under a work area', () => ({ name: 'x', level: 'BASIC', parentId: tree.workArea, regionCode: VILLAGE }), /directly under a 村居/],
      ['a basic grid in another village than its parent', () => ({ name: 'x', level: 'BASIC', parentId: tree.village, regionCode: SECOND_VILLAGE }), /same region as its parent/],
      ['a work area without a parent', () => ({ name: 'x', level: 'WORK_AREA', regionCode: TOWNSHIP }), /needs a parent/],
      ['negative households', () => ({ name: 'x', level: 'BASIC', parentId: tree.village, regionCode: VILLAGE, households: -1 }), /households/],
      ['a malformed parent id', () => ({ name: 'x', level: 'BASIC', parentId: 'grid-1', regionCode: VILLAGE }), /parentId/],
    ])('refuses %s with BAD_USER_INPUT', async (_case, input, message) => {
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, CREATE, { input: input() }, officer);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    });

    it('refuses an unknown parent with NOT_FOUND', async () => {
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, CREATE, { input: { name: 'x', level: 'BASIC', parentId: randomUUID(), regionCode: VILLAGE } }, officer);
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(await rows()).toEqual(before);
    });

    it('refuses a second township grid, a second village grid and a sibling of the same name with CONFLICT', async () => {
      const before = await rows();
      const cases = [
        { name: '另一个镇网格', level: 'TOWNSHIP', regionCode: TOWNSHIP },
        { name: '又一个村网格', level: 'VILLAGE', parentId: tree.workArea, regionCode: VILLAGE },
        { name: '第1网格', level: 'BASIC', parentId: tree.village, regionCode: VILLAGE },
      ];
      for (const input of cases) {
        const response = await graphqlRequest(subgraph.url, CREATE, { input }, countyDept);
        expect(errorCodes(response)).toEqual(['CONFLICT']);
        expect(response.errors![0].message).toMatch(/already has/);
      }
      expect(await rows()).toEqual(before);
    });

    it('refuses an analyst and a civil-affairs caller with FORBIDDEN', async () => {
      const civil = await identityHeaders(testCaller(['civil-affairs'], '421181'));
      const before = await rows();
      for (const headers of [analyst, civil]) {
        expect(errorCodes(await graphqlRequest(subgraph.url, CREATE, { input: { name: 'x', level: 'BASIC', parentId: tree.village, regionCode: VILLAGE } }, headers))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await graphqlRequest(subgraph.url, SET_DEPARTMENTS, { id: tree.basic, departments: ['FIRE'] }, headers))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await assign({ gridId: tree.basic, personId: randomUUID(), personName: '赵', role: 'WORKER' }, headers))).toEqual(['FORBIDDEN']);
      }
      expect(await rows()).toEqual(before);
    });

    it('refuses another township’s officer with FORBIDDEN on every write and NOT_FOUND on read', async () => {
      const before = await rows();
      const created = await graphqlRequest(subgraph.url, CREATE, { input: { name: 'x', level: 'BASIC', parentId: tree.village, regionCode: VILLAGE } }, otherOfficer);
      expect(errorCodes(created)).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, SET_DEPARTMENTS, { id: tree.basic, departments: ['FIRE'] }, otherOfficer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await assign({ gridId: tree.basic, personId: randomUUID(), personName: '赵', role: 'WORKER' }, otherOfficer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, GRID, { id: tree.basic }, otherOfficer))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await graphqlRequest(subgraph.url, GRIDS, { within: TOWNSHIP }, otherOfficer))).toEqual(['FORBIDDEN']);
      const own = await graphqlRequest<{ grids: { totalCount: number } }>(subgraph.url, GRIDS, {}, otherOfficer);
      expect(own.data!.grids.totalCount).toBe(0);
      expect(errorCodes(await graphqlRequest(subgraph.url, CREATE, { input: { name: 'x', level: 'TOWNSHIP', regionCode: OTHER_TOWNSHIP } }, officer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, CREATE, { input: { name: 'x', level: 'VILLAGE', parentId: tree.workArea, regionCode: OTHER_VILLAGE } }, officer))).toEqual(['FORBIDDEN']);
      expect(await rows()).toEqual(before);
    });

    it('refuses unknown departments with BAD_USER_INPUT', async () => {
      const response = await graphqlRequest(subgraph.url, SET_DEPARTMENTS, { id: tree.basic, departments: ['TAXES'] }, officer);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a second chief with CONFLICT naming the holder, and the same person twice', async () => {
      const grid = await basicGrid('冲突网格');
      const chief = randomUUID();
      expect((await assign({ gridId: grid, personId: chief, personName: '周书记', role: 'CHIEF' })).errors).toBeUndefined();
      const before = await rows();
      const second = await assign({ gridId: grid, personId: randomUUID(), personName: '吴书记', role: 'CHIEF' });
      expect(errorCodes(second)).toEqual(['CONFLICT']);
      expect(second.errors![0].message).toMatch(/1 网格长 \(CHIEF\) at most and it is held by 周书记/);
      const twice = await assign({ gridId: grid, personId: chief, personName: '周书记', role: 'INSTRUCTOR' });
      expect(errorCodes(twice)).toEqual(['CONFLICT']);
      expect(twice.errors![0].message).toMatch(/周书记 already holds 网格长/);
      expect(await rows()).toEqual(before);
    });

    it.each([
      ['a village grid', () => ({ gridId: tree.village, personId: randomUUID(), personName: '赵', role: 'WORKER' }), /basic grid 基础网格 only/],
      ['a future date', () => ({ gridId: tree.basic, personId: randomUUID(), personName: '赵', role: 'WORKER', assignedAt: '2999-01-01' }), /future/],
      ['a malformed person id', () => ({ gridId: tree.basic, personId: 'p-1', personName: '赵', role: 'WORKER' }), /personId/],
      ['an empty name', () => ({ gridId: tree.basic, personId: randomUUID(), personName: '', role: 'WORKER' }), /personName/],
    ])('refuses a role in %s with BAD_USER_INPUT', async (_case, input, message) => {
      const before = await rows();
      const response = await assign(input());
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    });

    it('refuses to end a role twice (CONFLICT), before it began (BAD_USER_INPUT), elsewhere (FORBIDDEN) or unknown (NOT_FOUND)', async () => {
      const grid = await basicGrid('离任网格');
      const assigned = await assign({ gridId: grid, personId: randomUUID(), personName: '孙', role: 'INSTRUCTOR', assignedAt: '2025-01-10' });
      const id = assigned.data!.assignGridRole.id;
      expect(errorCodes(await graphqlRequest(subgraph.url, END, { id, endedAt: '2024-12-31' }, officer))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await graphqlRequest(subgraph.url, END, { id }, otherOfficer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, END, { id }, analyst))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, END, { id: randomUUID() }, officer))).toEqual(['NOT_FOUND']);
      expect((await graphqlRequest(subgraph.url, END, { id }, officer)).errors).toBeUndefined();
      const before = await subgraph.em().findOneOrFail(GridRoleAssignment, id);
      const again = await graphqlRequest(subgraph.url, END, { id }, officer);
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect(again.errors![0].message).toMatch(/already ended/);
      expect(await subgraph.em().findOneOrFail(GridRoleAssignment, id)).toMatchObject({ endedAt: before.endedAt, endedBy: before.endedBy });
      expect((await subgraph.em().findOneOrFail(Grid, grid)).instructorCount).toBe(0);
    });
  });
});
