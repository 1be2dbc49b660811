import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureKafkaBroker, type KafkaBrokerOptions, stopKafkaBroker } from '@grassroots/kafka-broker';
import { freePort, graphqlRequest, identityHeaders, startSubgraphProcesses, type SubgraphProcess, type SubgraphProcesses, testCaller } from '@grassroots/testing';

// Issue #2's proof of the outbox and inbox: personnel writes N members, each publishing
// `member joined`; midway the broker is stopped and started again and organization's consumer
// process is restarted; organization ends with exactly N applied — none lost, none twice.
// The broker is this file's own (own ports and data dir), so stopping it disturbs no other test.
const N = 60;
const VILLAGES = ['421181111201', '421181111203', '421181111205', '421181111206', '421181111229'];
const REGISTER = `mutation ($input: RegisterPartyMemberInput!) { registerPartyMember(input: $input) { id } }`;

describe('events across a broker restart and a consumer restart', () => {
  let broker: KafkaBrokerOptions;
  let subgraphs: SubgraphProcesses<'organization' | 'personnel'>;
  let organization: SubgraphProcess;
  let personnel: SubgraphProcess;
  let headers: Record<string, string>;

  beforeAll(async () => {
    broker = { port: await freePort(), controllerPort: await freePort(), dataDir: join('.data', `kafka-restart-test-${process.pid}`) };
    const { brokers } = await ensureKafkaBroker(broker);
    subgraphs = await startSubgraphProcesses(['organization', 'personnel'], { kafkaBrokers: brokers.join(',') });
    ({ organization, personnel } = subgraphs.processes);
    headers = await identityHeaders(testCaller(['township-officer'], '421181111'));
  }, 180_000);

  afterAll(async () => {
    await subgraphs?.stop();
    await stopKafkaBroker(broker).catch(() => undefined);
    await rm(join(__dirname, '..', '..', '..', broker.dataDir!), { recursive: true, force: true });
  }, 60_000);

  async function register(from: number, to: number): Promise<void> {
    for (let index = from; index < to; index++) {
      const input = { name: `党员${index}`, regionCode: VILLAGES[index % VILLAGES.length], joinedAt: '2020-07-01' };
      const response = await graphqlRequest(personnel.url, REGISTER, { input }, headers);
      expect(response.errors).toBeUndefined();
    }
  }

  async function organizationCounts(): Promise<{ applied: number; inbox: number }> {
    const client = new Client({ connectionString: subgraphs.databaseUrls.organization });
    await client.connect();
    try {
      const tally = await client.query<{ applied: string }>('SELECT coalesce(sum(party_member_count), 0) AS applied FROM region');
      const inbox = await client.query<{ inbox: string }>("SELECT count(*) AS inbox FROM inbox_message WHERE type = 'personnel.member.joined.v1'");
      return { applied: Number(tally.rows[0].applied), inbox: Number(inbox.rows[0].inbox) };
    } finally {
      await client.end();
    }
  }

  async function unpublished(): Promise<number> {
    const client = new Client({ connectionString: subgraphs.databaseUrls.personnel });
    await client.connect();
    try {
      return Number((await client.query('SELECT count(*) AS n FROM outbox_message WHERE published_at IS NULL')).rows[0].n);
    } finally {
      await client.end();
    }
  }

  it(
    `applies exactly ${N} events`,
    async () => {
      await register(0, N / 3);

      await stopKafkaBroker(broker);
      // Writes go on while Kafka is down: the events wait in the outbox.
      await register(N / 3, (2 * N) / 3);
      expect(await unpublished()).toBeGreaterThan(0);
      // The consumer's process restarts while the broker is away.
      await organization.restart();
      await ensureKafkaBroker(broker);

      await register((2 * N) / 3, N);

      let counts = await organizationCounts();
      for (const deadline = Date.now() + 120_000; counts.inbox < N && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        counts = await organizationCounts();
      }
      expect(counts).toEqual({ applied: N, inbox: N });
      expect(await unpublished()).toBe(0);
      // Redeliveries after the restarts must not add anything later either.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(await organizationCounts()).toEqual({ applied: N, inbox: N });
    },
    240_000,
  );
});
