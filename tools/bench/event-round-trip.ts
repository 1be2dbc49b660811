// How long a membership change takes to reach organization's branch headcount over the real
// broker, read back through the gateway (DOMAIN §6: "party members join, move or leave a
// branch → branch headcounts are current in organization"). Prints figures; asserts nothing.
//
//   node tools/run-ts.js tools/bench/event-round-trip.ts [sequential=50] [burst=500]
//
// Runs organization and personnel as their own processes on throw-away databases (a template of
// its own, so it never disturbs a test run) and a private topic prefix, behind the real gateway.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { signUserToken } from '@grassroots/auth';
import { createGateway, loadGatewayConfig } from '@grassroots/gateway-app';
import { graphqlRequest, startSubgraphProcesses } from '@grassroots/testing';
import { prepareTestInfrastructure } from '../test/prepare-test-infrastructure';

const VILLAGE = '421181111229'; // 黄土岗镇 堰头垸村
const SUPERGRAPH = join(__dirname, '..', '..', 'apps', 'gateway', 'supergraph.graphql');

async function main(sequential: number, burst: number): Promise<void> {
  process.env.GRASSROOTS_TEST_TEMPLATE_TAG ??= 'bench';
  const { kafkaBrokers } = await prepareTestInfrastructure();
  const subgraphs = await startSubgraphProcesses(['organization', 'personnel'], { kafkaBrokers });
  const { organization, personnel } = subgraphs.processes;
  const config = loadGatewayConfig({ GATEWAY_PORT: '0', GATEWAY_HOST: '127.0.0.1', LOG_LEVEL: 'silent', ORGANIZATION_URL: organization.url, PERSONNEL_URL: personnel.url });
  const gateway = await createGateway(config, { supergraphSdl: await readFile(SUPERGRAPH, 'utf8') });
  const token = await signUserToken({ sub: 'bench', roles: ['township-officer'], region: '421181111' }, config.authJwtSecret, '1h');

  const graphql = async <T>(query: string, variables: object): Promise<T> => {
    const body = await graphqlRequest<T>(`${gateway.url}/graphql`, query, variables as Record<string, unknown>, { authorization: `Bearer ${token}` });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
  const register = (branchId: string, index: number) =>
    graphql(`mutation ($input: RegisterPartyMemberInput!) { registerPartyMember(input: $input) { id } }`, {
      input: { name: `测试党员${index}`, regionCode: VILLAGE, branchId, inVillage: index % 3 === 0, joinedAt: '2015-07-01' },
    });
  const headcount = async (branchId: string) =>
    (await graphql<{ partyOrganization: { memberCount: number } }>(`query ($id: ID!) { partyOrganization(id: $id) { memberCount } }`, { id: branchId })).partyOrganization.memberCount;
  const waitFor = async (branchId: string, count: number) => {
    while ((await headcount(branchId)) < count) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  try {
    const { createPartyOrganization: branch } = await graphql<{ createPartyOrganization: { id: string } }>(
      `mutation ($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id } }`,
      { input: { name: '基准测试党支部', kind: 'BRANCH', regionCode: VILLAGE, foundedAt: '2001-07-01' } },
    );
    // Personnel learns of the new branch from organization's event before it accepts members in it.
    for (let known = false; !known; ) {
      known = await register(branch.id, 0).then(
        () => true,
        (error: Error) => (/not known to personnel yet/.test(error.message) ? false : Promise.reject(error)),
      );
      if (!known) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await waitFor(branch.id, 1); // warm-up: connections, consumer group, first fetch

    // One at a time: from sending the mutation to the new count read through the gateway.
    const latencies: number[] = [];
    for (let index = 1; index <= sequential; index++) {
      const started = performance.now();
      await register(branch.id, index);
      await waitFor(branch.id, index + 1);
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))].toFixed(0);
    console.log(`sequential: ${sequential} members, round trip mutation → branch headcount via gateway: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);

    // A burst: 10 writers at once, until organization has counted every one.
    const before = sequential + 1;
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < burst) await register(branch.id, before + next++);
      }),
    );
    const written = performance.now() - started;
    await waitFor(branch.id, before + burst);
    const counted = performance.now() - started;
    console.log(
      `burst: ${burst} members by 10 writers: written in ${(written / 1000).toFixed(1)} s (${((burst / written) * 1000).toFixed(0)}/s), ` +
        `all counted in organization ${(counted / 1000).toFixed(1)} s after the first write (${((burst / counted) * 1000).toFixed(0)} events/s end to end)`,
    );
  } finally {
    await gateway.stop();
    await subgraphs.stop();
  }
}

main(Number(process.argv[2] ?? 50), Number(process.argv[3] ?? 500)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
