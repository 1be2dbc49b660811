import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { signUserToken, type UserTokenClaims } from '@grassroots/auth';
import { createGateway, loadGatewayConfig, type RunningGateway } from '@grassroots/gateway-app';
import { eventually, type GraphqlResponse, graphqlRequest, startSubgraphProcesses, type SubgraphProcesses } from '@grassroots/testing';

// DOMAIN §6: a cadre leaves office (personnel) → a departure audit is scheduled (supervision),
// over the real broker, written and read through the gateway.
const SUPERGRAPH = join(__dirname, '..', '..', 'gateway', 'supergraph.graphql');
const VILLAGE = '421181111229'; // 黄土岗镇 堰头垸村

describe('a cadre leaving office gets a departure audit', () => {
  let subgraphs: SubgraphProcesses<'personnel' | 'supervision'>;
  let gateway: RunningGateway;
  let secret: string;

  beforeAll(async () => {
    subgraphs = await startSubgraphProcesses(['personnel', 'supervision']);
    const config = loadGatewayConfig({
      GATEWAY_PORT: '0',
      GATEWAY_HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      PERSONNEL_URL: subgraphs.processes.personnel.url,
      SUPERVISION_URL: subgraphs.processes.supervision.url,
    });
    secret = config.authJwtSecret;
    gateway = await createGateway(config, { supergraphSdl: await readFile(SUPERGRAPH, 'utf8') });
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
  });

  async function post<T>(query: string, variables: object, claims: Partial<UserTokenClaims>): Promise<GraphqlResponse<T>> {
    const token = await signUserToken({ sub: 'e2e', roles: ['township-officer'], region: '421181111', ...claims }, secret, '10m');
    return graphqlRequest<T>(`${gateway.url}/graphql`, query, variables as Record<string, unknown>, { authorization: `Bearer ${token}` });
  }
  async function write<T>(query: string, variables: object): Promise<T> {
    const response = await post<T>(query, variables, {});
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  it('schedules the audit in supervision when personnel records the secretary leaving', async () => {
    const { registerCadre: cadre } = await write<{ registerCadre: { id: string } }>(
      `mutation ($input: RegisterCadreInput!) { registerCadre(input: $input) { id } }`,
      { input: { name: '王德发', gender: 'MALE', birthDate: '1975-04-02', education: 'HIGH_SCHOOL', regionCode: VILLAGE } },
    );
    await write(`mutation ($input: RecordQualificationReviewInput!) { recordQualificationReview(input: $input) { id } }`, {
      input: { cadreId: cadre.id, reviewedOn: '2021-09-01', result: 'PASSED' },
    });
    const { appointCadre: office } = await write<{ appointCadre: { id: string } }>(
      `mutation ($input: AppointCadreInput!) { appointCadre(input: $input) { id } }`,
      { input: { cadreId: cadre.id, post: 'SECRETARY', electedOn: '2021-10-15' } },
    );
    await write(`mutation ($postId: ID!) { endCadrePost(postId: $postId, leftAt: "2026-03-31", reason: RESIGNED) { id } }`, { postId: office.id });

    type Audits = { audits: { nodes: { cadreId: string; cadreName: string; kind: string; status: string; scheduledFor: string }[] } };
    const audits = await eventually(
      () => post<Audits>(`query { audits(within: "${VILLAGE}", kind: DEPARTURE) { nodes { cadreId cadreName kind status scheduledFor } } }`, {}, { roles: ['audit'], region: '421181' }),
      (response) => (response.data?.audits.nodes.length ?? 0) > 0,
    );
    expect(audits.errors).toBeUndefined();
    expect(audits.data!.audits.nodes).toEqual([{ cadreId: cadre.id, cadreName: '王德发', kind: 'DEPARTURE', status: 'SCHEDULED', scheduledFor: '2026-03-31' }]);
  });
});
