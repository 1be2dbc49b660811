import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { signUserToken, type UserTokenClaims } from '@grassroots/auth';
import { createGateway, loadGatewayConfig, type RunningGateway } from '@grassroots/gateway-app';
import { errorCodes, eventually, type GraphqlResponse, graphqlRequest, startSubgraphProcesses, type SubgraphProcess, type SubgraphProcesses } from '@grassroots/testing';

// The real platform: organization and personnel as their own processes (as `npm start` runs
// them) on their own test databases and a private topic prefix on the real broker, behind the
// real gateway serving the committed supergraph.
const SUPERGRAPH = join(__dirname, '..', '..', 'gateway', 'supergraph.graphql');
const VILLAGE = '421181111229'; // 黄土岗镇 堰头垸村

const REGION_WITH_MEMBERS = `query ($code: RegionCode!) {
  region(code: $code) { code shortName partyMemberCount partyMembers(first: 10) { totalCount nodes { name } } }
}`;
const REGISTER = `mutation ($input: RegisterPartyMemberInput!) { registerPartyMember(input: $input) { id name } }`;
const CREATE_BRANCH = `mutation ($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id } }`;
const TRANSFER = `mutation ($input: TransferPartyMemberInput!) { transferPartyMember(input: $input) { id } }`;
const DEPART = `mutation ($input: RecordPartyMemberDepartureInput!) { recordPartyMemberDeparture(input: $input) { id } }`;
// Headcounts from organization, the member list from personnel: one query, two subgraphs.
const BRANCH_HEADCOUNT = `query ($id: ID!) {
  partyOrganization(id: $id) { name memberCount inVillageMemberCount inVillageRatio members(first: 10) { totalCount nodes { name inVillage } } }
}`;

describe('platform through the gateway', () => {
  let subgraphs: SubgraphProcesses<'organization' | 'personnel'>;
  let organization: SubgraphProcess;
  let personnel: SubgraphProcess;
  let gateway: RunningGateway;
  let secret: string;

  beforeAll(async () => {
    subgraphs = await startSubgraphProcesses(['organization', 'personnel']);
    ({ organization, personnel } = subgraphs.processes);
    const config = loadGatewayConfig({
      GATEWAY_PORT: '0',
      GATEWAY_HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      ORGANIZATION_URL: organization.url,
      PERSONNEL_URL: personnel.url,
    });
    secret = config.authJwtSecret;
    gateway = await createGateway(config, { supergraphSdl: await readFile(SUPERGRAPH, 'utf8') });
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
  });

  const token = (claims: Partial<UserTokenClaims> = {}) =>
    signUserToken({ sub: 'e2e', roles: ['organization-dept'], region: '421181', ...claims }, secret, '10m');

  async function post<T = Record<string, unknown>>(query: string, variables: object, bearer: string | null): Promise<GraphqlResponse<T>> {
    return graphqlRequest<T>(`${gateway.url}/graphql`, query, variables as Record<string, unknown>, bearer ? { authorization: `Bearer ${bearer}` } : {});
  }

  it('refuses a request without a token: UNAUTHENTICATED and no data', async () => {
    const response = await post(REGION_WITH_MEMBERS, { code: VILLAGE }, null);
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
  });

  it('carries a member registered in personnel into organization through Kafka, and answers from both in one response', async () => {
    const officer = await token({ roles: ['township-officer'], region: '421181111' });
    const registered = await post<{ registerPartyMember: { name: string } }>(
      REGISTER,
      { input: { name: '周志强', regionCode: VILLAGE, joinedAt: '2018-06-30' } },
      officer,
    );
    expect(registered.errors).toBeUndefined();

    type Answer = { region: { shortName: string; partyMemberCount: number; partyMembers: { totalCount: number; nodes: { name: string }[] } } };
    const answer = await eventually(
      () => post<Answer>(REGION_WITH_MEMBERS, { code: VILLAGE }, officer),
      (response) => response.data?.region.partyMemberCount === 1,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.region).toEqual({
      shortName: '堰头垸村', // organization
      partyMemberCount: 1, // organization, from personnel's event
      partyMembers: { totalCount: 1, nodes: [{ name: '周志强' }] }, // personnel
      code: VILLAGE,
    });
  });

  describe('branch headcounts kept by organization from personnel’s membership events', () => {
    type Branch = {
      partyOrganization: { name: string; memberCount: number; inVillageMemberCount: number; inVillageRatio: number | null; members: { totalCount: number; nodes: { name: string; inVillage: boolean }[] } };
    };
    let officer: string;
    let first: string;
    let second: string;

    /** Sends a mutation; while personnel has not yet heard of a branch just created in organization, tries again. */
    async function send<T>(query: string, input: object): Promise<T> {
      const response = await eventually(
        () => post<T>(query, { input }, officer),
        (answer) => !/not known to personnel yet/.test(answer.errors?.[0]?.message ?? ''),
      );
      expect(response.errors).toBeUndefined();
      return response.data!;
    }

    /** Polls the gateway until organization's counts for the branch are `[members, inVillage]`. */
    async function branchWhenCounted(id: string, members: number, inVillage: number): Promise<Branch['partyOrganization']> {
      const answer = await eventually(
        () => post<Branch>(BRANCH_HEADCOUNT, { id }, officer),
        ({ data }) => data?.partyOrganization.memberCount === members && data.partyOrganization.inVillageMemberCount === inVillage,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.partyOrganization;
    }

    beforeAll(async () => {
      officer = await token({ roles: ['township-officer'], region: '421181111' });
      const branch = async (name: string) =>
        (await send<{ createPartyOrganization: { id: string } }>(CREATE_BRANCH, { name, kind: 'BRANCH', regionCode: VILLAGE, foundedAt: '2001-07-01' })).createPartyOrganization.id;
      first = await branch('堰头垸村第一党支部');
      second = await branch('堰头垸村第二党支部');
    });

    it('shows a member who joins in personnel in the branch’s headcount and in-village ratio, read through the gateway', async () => {
      const resident = await send<{ registerPartyMember: { id: string } }>(REGISTER, { name: '陈红梅', regionCode: VILLAGE, branchId: first, inVillage: true, joinedAt: '2019-07-01' });
      await send(REGISTER, { name: '王建军', regionCode: VILLAGE, branchId: first, inVillage: false, joinedAt: '2015-07-01' });
      expect(await branchWhenCounted(first, 2, 1)).toEqual({
        name: '堰头垸村第一党支部',
        memberCount: 2,
        inVillageMemberCount: 1,
        inVillageRatio: 0.5,
        members: { totalCount: 2, nodes: expect.arrayContaining([{ name: '陈红梅', inVillage: true }, { name: '王建军', inVillage: false }]) },
      });

      // Moving to the second branch while going to work away: the first branch loses a resident.
      await send(TRANSFER, { memberId: resident.registerPartyMember.id, toRegionCode: VILLAGE, toBranchId: second, inVillage: false, transferredAt: '2024-03-01' });
      expect(await branchWhenCounted(second, 1, 0)).toMatchObject({ memberCount: 1, inVillageMemberCount: 0, members: { totalCount: 1 } });
      expect(await branchWhenCounted(first, 1, 0)).toMatchObject({ memberCount: 1, inVillageMemberCount: 0, inVillageRatio: 0, members: { totalCount: 1 } });

      // Coming back to the village, then a death in the first branch.
      await send(TRANSFER, { memberId: resident.registerPartyMember.id, toRegionCode: VILLAGE, toBranchId: second, inVillage: true, transferredAt: '2025-02-01' });
      expect(await branchWhenCounted(second, 1, 1)).toMatchObject({ inVillageRatio: 1 });
      const migrant = (await post<Branch>(BRANCH_HEADCOUNT, { id: first }, officer)).data!.partyOrganization.members.nodes[0];
      expect(migrant).toEqual({ name: '王建军', inVillage: false });
    });

    it('takes a member who leaves off the branch', async () => {
      const joined = await send<{ registerPartyMember: { id: string } }>(REGISTER, { name: '刘桂兰', regionCode: VILLAGE, branchId: second, inVillage: true, joinedAt: '2010-07-01' });
      expect(await branchWhenCounted(second, 2, 2)).toMatchObject({ memberCount: 2 });
      await send(DEPART, { memberId: joined.registerPartyMember.id, reason: 'DIED', leftAt: '2026-01-05' });
      expect(await branchWhenCounted(second, 1, 1)).toMatchObject({ memberCount: 1, inVillageMemberCount: 1, members: { totalCount: 1, nodes: [{ name: '陈红梅', inVillage: true }] } });
    });
  });

  it('reports each subgraph ready with its database and broker; the gateway names the subgraphs that are down', async () => {
    for (const subgraph of [organization, personnel]) {
      const response = await fetch(subgraph.url.replace('/graphql', '/health/ready'));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, kafka: { status: 'up' } } });
    }
    const gatewayReady = await fetch(`${gateway.url}/health/ready`);
    // Only two of the five subgraphs run here: the gateway names the missing ones.
    expect(gatewayReady.status).toBe(503);
    expect(await gatewayReady.json()).toMatchObject({ subgraphs: { organization: { status: 'up' }, personnel: { status: 'up' } } });
  });

  it('keeps a township-scoped caller out of another township', async () => {
    const officer = await token({ roles: ['township-officer'], region: '421181111' });
    const otherVillage = await post(REGION_WITH_MEMBERS, { code: '421181100200' }, officer);
    expect(errorCodes(otherVillage)).toContain('NOT_FOUND');
    const otherList = await post(`query { partyMembers(within: "421181100") { totalCount } }`, {}, officer);
    expect(errorCodes(otherList)).toEqual(['FORBIDDEN']);
    const otherWrite = await post(REGISTER, { input: { name: '吴敏', regionCode: '421181100200', joinedAt: '2018-06-30' } }, officer);
    expect(errorCodes(otherWrite)).toEqual(['FORBIDDEN']);
  });
});
