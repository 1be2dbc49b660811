import { type EventEnvelope, weakVillageDesignated } from '@grassroots/contracts';
import { newId, shanghaiDate } from '@grassroots/kernel';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { WeakVillageHandler } from '../village-type/weak-village.handler';
import { DispatchedCadre, DispatchedCadreChange } from './dispatched-cadre.entity';

const ASSIGN = `mutation Assign($input: AssignDispatchedCadreInput!) {
  assignDispatchedCadre(input: $input) { id name role sendingUnit villageType startDate endDate region { code } }
}`;
const END = `mutation End($id: ID!, $endDate: LocalDate!, $note: String) {
  endDispatchedCadre(id: $id, endDate: $endDate, note: $note) { id endDate }
}`;
const LIST = `query List($within: RegionCode, $role: DispatchedRole, $activeOn: LocalDate) {
  dispatchedCadres(within: $within, role: $role, activeOn: $activeOn) { totalCount nodes { name role region { code } } }
}`;
const VACANT = `query Vacant($within: RegionCode, $villageType: VillageType, $asOf: LocalDate, $first: Int, $after: String) {
  villagesWithoutFirstSecretary(within: $within, villageType: $villageType, asOf: $asOf, first: $first, after: $after) {
    totalCount edges { cursor node { region { code } villageType lastFirstSecretaryEndDate } } pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

const SET_TYPE = `mutation Set($input: SetVillageTypeInput!) { setVillageType(input: $input) { id } }`;
const END_TYPE = `mutation End($input: EndVillageTypeInput!) { endVillageType(input: $input) { id } }`;

const TOWNSHIP = '421181111';
const V1 = '421181111229'; // poverty-relief, first secretary serving
const V2 = '421181111201'; // poverty-relief, only a work-team member
const V3 = '421181111202'; // poverty-relief, first secretary gone since 2025-02-28
const V4 = '421181111203'; // model village 2019–2023, weak organization since 2024 (organization's case)
const OTHER_TOWNSHIP_VILLAGE = '421181100200';

type Headers = Record<string, string>;
type Vacant = {
  villagesWithoutFirstSecretary: {
    totalCount: number;
    edges: { cursor: string; node: { region: { code: string }; villageType: string; lastFirstSecretaryEndDate: string | null } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
  };
};

describe('Dispatched cadres: first secretaries and village work teams', () => {
  let subgraph: TestSubgraph;
  let orgDept: Headers;
  let countyOrgDept: Headers;
  let firstSecretaryId: string;

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Headers = orgDept) =>
    graphqlRequest<T>(subgraph.url, query, variables, headers);
  const send = async (input: Record<string, unknown>, headers: Headers = orgDept): Promise<string> => {
    const response = await gql<{ assignDispatchedCadre: { id: string } }>(ASSIGN, { input: { sendingUnit: '县农业农村局', ...input } }, headers);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.assignDispatchedCadre.id;
  };
  const typed = async (query: string, input: Record<string, unknown>, headers: Headers = orgDept) => {
    const response = await gql(query, { input }, headers);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  };
  const rows = async () => ({ assignments: await subgraph.em().count(DispatchedCadre, {}), changes: await subgraph.em().count(DispatchedCadreChange, {}) });

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    orgDept = await identityHeaders(testCaller(['organization-dept'], TOWNSHIP));
    countyOrgDept = await identityHeaders(testCaller(['organization-dept'], '421181'));
    // The villages' types: reference data, whatever the assignments below record.
    for (const village of [V1, V2, V3]) await typed(SET_TYPE, { regionCode: village, villageType: 'POVERTY_RELIEF', since: '2020-01-01' });
    await typed(SET_TYPE, { regionCode: V4, villageType: 'MODEL', since: '2019-01-01' });
    await typed(END_TYPE, { regionCode: V4, villageType: 'MODEL', until: '2024-01-01' });
    const weak = weakVillageDesignated.create(V4, { caseId: newId(), regionCode: V4, organizationId: null, reasons: ['书记长期缺位'], designatedAt: '2024-01-01' });
    const handlers = subgraph.app.get(WeakVillageHandler).handlers();
    await subgraph.em().transactional((tx) => handlers[weak.type](tx, weak as EventEnvelope<never>));
    await typed(SET_TYPE, { regionCode: OTHER_TOWNSHIP_VILLAGE, villageType: 'POVERTY_RELIEF', since: '2020-01-01' }, countyOrgDept);
    firstSecretaryId = await send({ name: '冯第一', role: 'FIRST_SECRETARY', regionCode: V1, villageType: 'POVERTY_RELIEF', startDate: '2024-03-01' });
    await send({ name: '卫队长', role: 'WORK_TEAM_LEADER', regionCode: V1, villageType: 'POVERTY_RELIEF', startDate: '2024-03-01', endDate: '2026-02-28' });
    await send({ name: '蒋队员', role: 'WORK_TEAM_MEMBER', regionCode: V2, villageType: 'POVERTY_RELIEF', startDate: '2024-03-01' });
    await send({ name: '沈第一', role: 'FIRST_SECRETARY', regionCode: V3, villageType: 'POVERTY_RELIEF', startDate: '2023-03-01', endDate: '2025-02-28' });
    await send({ name: '韩第一', role: 'FIRST_SECRETARY', regionCode: V4, villageType: 'MODEL', startDate: '2020-03-01', endDate: '2022-02-28' });
    await send({ name: '杨队员', role: 'WORK_TEAM_MEMBER', regionCode: V4, villageType: 'WEAK_ORGANIZATION', startDate: '2024-03-01' });
    await send({ name: '朱队员', role: 'WORK_TEAM_MEMBER', regionCode: OTHER_TOWNSHIP_VILLAGE, villageType: 'POVERTY_RELIEF', startDate: '2024-03-01' }, countyOrgDept);
  });
  afterAll(() => subgraph?.close());

  describe('success', () => {
    it('lists assignments by role and by the day they cover, and masks names for an analyst', async () => {
      const secretaries = await gql<{ dispatchedCadres: { totalCount: number; nodes: { name: string }[] } }>(LIST, { role: 'FIRST_SECRETARY', activeOn: '2024-06-01' });
      expect(secretaries.data!.dispatchedCadres.nodes.map((node) => node.name).sort()).toEqual(['冯第一', '沈第一'].sort());
      const everyoneNow = await gql<{ dispatchedCadres: { totalCount: number } }>(LIST, { activeOn: '2026-06-01' });
      expect(everyoneNow.data!.dispatchedCadres.totalCount).toBe(3); // 冯第一, 蒋队员, 杨队员
      const analyst = await identityHeaders(testCaller(['analyst'], '421181'));
      const masked = await gql<{ dispatchedCadres: { nodes: { name: string }[] } }>(LIST, { within: V1, role: 'FIRST_SECRETARY' }, analyst);
      expect(masked.data!.dispatchedCadres.nodes).toEqual([{ name: '冯**', role: 'FIRST_SECRETARY', region: { code: V1 } }]);
    });

    it('finds villages of a type without a first secretary, in SQL, by the village-type table', async () => {
      const poverty = await gql<Vacant>(VACANT, { villageType: 'POVERTY_RELIEF' });
      expect(poverty.errors).toBeUndefined();
      expect(poverty.data!.villagesWithoutFirstSecretary.edges.map((edge) => edge.node)).toEqual([
        { region: { code: V2 }, villageType: 'POVERTY_RELIEF', lastFirstSecretaryEndDate: null },
        { region: { code: V3 }, villageType: 'POVERTY_RELIEF', lastFirstSecretaryEndDate: '2025-02-28' },
      ]);
      const weak = await gql<Vacant>(VACANT, { villageType: 'WEAK_ORGANIZATION' });
      expect(weak.data!.villagesWithoutFirstSecretary.edges.map((edge) => edge.node.region.code)).toEqual([V4]);
      const model = await gql<Vacant>(VACANT, { villageType: 'MODEL' });
      expect(model.data!.villagesWithoutFirstSecretary.totalCount).toBe(0);
      const any = await gql<Vacant>(VACANT, {});
      expect(any.data!.villagesWithoutFirstSecretary.totalCount).toBe(3);
      const county = await gql<Vacant>(VACANT, { villageType: 'POVERTY_RELIEF' }, countyOrgDept);
      expect(county.data!.villagesWithoutFirstSecretary.edges.map((edge) => edge.node.region.code)).toEqual([OTHER_TOWNSHIP_VILLAGE, V2, V3]);
    });

    it('answers as of a past day: the first secretaries then, and the village types then', async () => {
      const mid2024 = await gql<Vacant>(VACANT, { villageType: 'POVERTY_RELIEF', asOf: '2024-06-01' });
      expect(mid2024.data!.villagesWithoutFirstSecretary.edges.map((edge) => edge.node.region.code)).toEqual([V2]);
      const early2021 = await gql<Vacant>(VACANT, { villageType: 'MODEL', asOf: '2021-01-01' });
      expect(early2021.data!.villagesWithoutFirstSecretary.totalCount).toBe(0); // 韩第一 served V4 then
      const early2023 = await gql<Vacant>(VACANT, { villageType: 'MODEL', asOf: '2023-01-01' });
      expect(early2023.data!.villagesWithoutFirstSecretary.edges.map((edge) => edge.node)).toEqual([
        { region: { code: V4 }, villageType: 'MODEL', lastFirstSecretaryEndDate: '2022-02-28' },
      ]);
    });

    it('pages the villages by cursor', async () => {
      const first = await gql<Vacant>(VACANT, { first: 2 });
      expect(first.data!.villagesWithoutFirstSecretary).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
      const second = await gql<Vacant>(VACANT, { first: 2, after: first.data!.villagesWithoutFirstSecretary.pageInfo.endCursor });
      expect(second.data!.villagesWithoutFirstSecretary.edges.map((edge) => edge.node.region.code)).toEqual([V4]);
      expect(second.data!.villagesWithoutFirstSecretary.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    });

    it('ends an assignment with a recorded change, after which a successor may start', async () => {
      const before = await rows();
      const ended = await gql<{ endDispatchedCadre: { endDate: string } }>(END, { id: firstSecretaryId, endDate: '2026-02-28', note: '期满轮换' });
      expect(ended.errors).toBeUndefined();
      expect(ended.data!.endDispatchedCadre.endDate).toBe('2026-02-28');
      expect(await rows()).toEqual({ assignments: before.assignments, changes: before.changes + 1 });
      const change = await subgraph.em().findOneOrFail(DispatchedCadreChange, { assignment: firstSecretaryId });
      expect(change).toMatchObject({ fromEndDate: null, toEndDate: '2026-02-28', changedBy: 'test-user', note: '期满轮换' });
      await send({ name: '褚第一', role: 'FIRST_SECRETARY', regionCode: V1, villageType: 'POVERTY_RELIEF', startDate: '2026-03-01' });
      const vacant = await gql<Vacant>(VACANT, { villageType: 'POVERTY_RELIEF', asOf: shanghaiDate() });
      expect(vacant.data!.villagesWithoutFirstSecretary.edges.map((edge) => edge.node.region.code)).toEqual([V2, V3]);
    });
  });

  describe('failure: nothing written', () => {
    const valid = { name: '秦第一', role: 'FIRST_SECRETARY', sendingUnit: '县财政局', regionCode: V2, villageType: 'POVERTY_RELIEF', startDate: '2026-03-01' };
    const expectRefused = async (query: string, variables: Record<string, unknown>, code: string, message?: RegExp, headers: Headers = orgDept) => {
      const before = await rows();
      const response = await gql(query, variables, headers);
      expect(errorCodes(response)).toEqual([code]);
      if (message) expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    };

    it.each([
      ['an end before the start', { endDate: '2026-01-01' }, /before startDate/],
      ['a township instead of a village', { regionCode: TOWNSHIP }, /not a village/],
      ['an empty sending unit', { sendingUnit: ' ' }, /sendingUnit/],
      ['an unknown village type', { villageType: 'RICH' }, /VillageType/],
    ])('refuses %s with BAD_USER_INPUT', async (_case, change, message) => {
      await expectRefused(ASSIGN, { input: { ...valid, ...change } }, 'BAD_USER_INPUT', message);
    });

    it('refuses a second first secretary while one serves with CONFLICT', async () => {
      await expectRefused(ASSIGN, { input: { ...valid, regionCode: V1, startDate: '2026-06-01' } }, 'CONFLICT', /already has a first secretary/);
    });

    it.each([
      ['a township officer', ['township-officer'], TOWNSHIP],
      ['an analyst', ['analyst'], '421181'],
    ] as const)('refuses %s with FORBIDDEN', async (_case, roles, scope) => {
      await expectRefused(ASSIGN, { input: valid }, 'FORBIDDEN', undefined, await identityHeaders(testCaller([...roles], scope)));
    });

    it('refuses a village of another township with FORBIDDEN', async () => {
      await expectRefused(ASSIGN, { input: { ...valid, regionCode: OTHER_TOWNSHIP_VILLAGE } }, 'FORBIDDEN');
    });

    it('refuses to end an ended assignment (CONFLICT), one of another township (FORBIDDEN) or an unknown one (NOT_FOUND)', async () => {
      await expectRefused(END, { id: firstSecretaryId, endDate: '2026-01-31' }, 'CONFLICT', /already ended/);
      const foreign = await identityHeaders(testCaller(['organization-dept'], '421181100'));
      await expectRefused(END, { id: firstSecretaryId, endDate: '2026-01-31' }, 'FORBIDDEN', undefined, foreign);
      await expectRefused(END, { id: '00000000-0000-4000-8000-000000000000', endDate: '2026-01-31' }, 'NOT_FOUND');
    });

    it('refuses a cursor from elsewhere and another township’s region with BAD_USER_INPUT / FORBIDDEN', async () => {
      expect(errorCodes(await gql(VACANT, { after: 'bogus' }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await gql(VACANT, { within: '421181100' }))).toEqual(['FORBIDDEN']);
    });
  });
});
