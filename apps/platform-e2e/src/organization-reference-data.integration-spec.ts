import { Client } from 'pg';
import { eventually, graphqlRequest, identityHeaders, startSubgraphProcesses, type SubgraphProcess, type SubgraphProcesses, testCaller } from '@grassroots/testing';

// Organization's party organizations and weak-village cases reach personnel over the real broker:
// both subgraphs as their own processes, on their own test databases and a private topic prefix.
const TOWNSHIP = '421181111'; // 黄土岗镇
const VILLAGE = '421181111229'; // 堰头垸村

const CREATE = `mutation ($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id } }`;
const DISSOLVE = `mutation ($id: ID!, $dissolvedAt: LocalDate!, $children: DissolveChildrenInput) {
  dissolvePartyOrganization(id: $id, dissolvedAt: $dissolvedAt, children: $children) { id }
}`;
const DESIGNATE = `mutation ($input: DesignateWeakOrganizationInput!) { designateWeakOrganization(input: $input) { id } }`;
const VACANT = `query { villagesWithoutFirstSecretary(villageType: WEAK_ORGANIZATION) { nodes { region { code } villageType lastFirstSecretaryEndDate } } }`;

type Known = { id: string; kind: string; parent_id: string | null; dissolved_at: string | null };

describe('organization → personnel reference data over the real broker', () => {
  let subgraphs: SubgraphProcesses<'organization' | 'personnel'>;
  let organization: SubgraphProcess;
  let personnel: SubgraphProcess;
  let personnelDb: Client;
  let countyOrgDept: Record<string, string>;

  beforeAll(async () => {
    subgraphs = await startSubgraphProcesses(['organization', 'personnel']);
    ({ organization, personnel } = subgraphs.processes);
    personnelDb = new Client({ connectionString: subgraphs.databaseUrls.personnel });
    await personnelDb.connect();
    countyOrgDept = await identityHeaders(testCaller(['organization-dept'], '421181'));
  });

  afterAll(async () => {
    await personnelDb?.end();
    await subgraphs?.stop();
  });

  async function send<T>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await graphqlRequest<T>(url, query, variables, countyOrgDept);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  const known = async (ids: string[]): Promise<Known[]> =>
    (
      await personnelDb.query<Known>(
        `select id, kind, parent_id, to_char(dissolved_at, 'YYYY-MM-DD') as dissolved_at from known_party_organization where id = any($1) order by kind desc`,
        [ids],
      )
    ).rows;

  it('knows a branch organization created, and dissolves it with its parent', async () => {
    const create = async (input: Record<string, unknown>) =>
      (await send<{ createPartyOrganization: { id: string } }>(organization.url, CREATE, { input: { regionCode: VILLAGE, foundedAt: '2001-07-01', ...input } })).createPartyOrganization.id;
    const general = await create({ name: '中共堰头垸村总支部委员会', kind: 'GENERAL_BRANCH' });
    const branch = await create({ name: '堰头垸村第一党支部', kind: 'BRANCH', parentId: general });

    const created = await eventually(() => known([general, branch]), (rows) => rows.length === 2);
    expect(created).toEqual([
      { id: general, kind: 'GENERAL_BRANCH', parent_id: null, dissolved_at: null },
      { id: branch, kind: 'BRANCH', parent_id: general, dissolved_at: null },
    ]);

    await send(organization.url, DISSOLVE, { id: general, dissolvedAt: '2025-06-30', children: { handling: 'DISSOLVE_WITH' } });
    const dissolved = await eventually(() => known([general, branch]), (rows) => rows.every((row) => row.dissolved_at !== null));
    expect(dissolved.map((row) => row.dissolved_at)).toEqual(['2025-06-30', '2025-06-30']);
  });

  it('lists a village designated weak in organization among personnel’s villages without a first secretary', async () => {
    await send(organization.url, DESIGNATE, {
      input: { regionCode: VILLAGE, reasons: ['SECRETARY_VACANT'], contactLevel: 'COUNTY_C', contactLeaderName: '李县长', designatedAt: '2025-03-01' },
    });
    const township = await identityHeaders(testCaller(['organization-dept'], TOWNSHIP));
    type Vacant = { villagesWithoutFirstSecretary: { nodes: { region: { code: string } }[] } };
    const answer = await eventually(
      () => graphqlRequest<Vacant>(personnel.url, VACANT, {}, township),
      (response) => (response.data?.villagesWithoutFirstSecretary.nodes.length ?? 0) > 0,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.villagesWithoutFirstSecretary.nodes).toEqual([{ region: { code: VILLAGE }, villageType: 'WEAK_ORGANIZATION', lastFirstSecretaryEndDate: null }]);
  });
});
