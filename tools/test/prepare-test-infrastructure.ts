import { connect } from 'node:net';
import { Client } from 'pg';
import { importRegions } from '@grassroots/organization-app';
import { dropDatabase, ensureDatabase, serverUrl } from '@grassroots/persistence';
import { ensureKafkaBroker } from '@grassroots/kafka-broker';
import { templateDatabaseName } from '@grassroots/testing';
import { migrateDatabase, withOrm } from '../platform/migrate';
import { loadSubgraphs, type SubgraphDefinition } from '../platform/subgraphs';

/** The demo county (麻城市): its real regions are in the organization template. */
export const TEST_COUNTY = '421181';

// Test databases are named `..._<worker pid>_<random>`: drop those whose process is gone
// (a run that crashed), never those of a test run still going on.
async function dropLeftoverTestDatabases(): Promise<void> {
  const client = new Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'grassroots\\_test\\_%' AND datname NOT LIKE '%\\_template%'",
    );
    for (const { datname } of rows) {
      const pid = Number(/_(\d+)_[0-9a-f]+$/.exec(datname)?.[1]);
      if (pid && isAlive(pid)) continue;
      await dropDatabase(serverUrl(datname));
    }
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function prepareTestInfrastructure(): Promise<{ startedBroker: boolean; kafkaBrokers: string }> {
  const brokerWasUp = await portAnswers(Number(process.env.KAFKA_PORT ?? 9092));
  const [broker] = await Promise.all([ensureKafkaBroker(), prepareTemplates()]);
  return { startedBroker: !brokerWasUp, kafkaBrokers: broker.brokers.join(',') };
}

async function prepareTemplates(): Promise<void> {
  await dropLeftoverTestDatabases();
  for (const subgraph of await loadSubgraphs()) {
    const url = serverUrl(templateDatabaseName(subgraph.name));
    if (process.env.TEST_SCHEMA_FROM_ENTITIES === '1') await schemaFromEntities(subgraph, url);
    else await migrateDatabase(subgraph, url);
    if (subgraph.name === 'organization') await seedOrganizationTemplate(subgraph, url);
  }
}

// While entities change faster than migrations are written: the template straight from the
// entities (TEST_SCHEMA_FROM_ENTITIES=1, with a GRASSROOTS_TEST_TEMPLATE_TAG of its own).
async function schemaFromEntities(subgraph: SubgraphDefinition, url: string): Promise<void> {
  await dropDatabase(url);
  await ensureDatabase(url);
  await withOrm(subgraph, url, (orm) => orm.schema.createSchema());
}

async function seedOrganizationTemplate(organization: SubgraphDefinition, url: string): Promise<void> {
  await withOrm(organization, url, (orm) => importRegions(orm.em.fork(), TEST_COUNTY));
}

function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host, timeout: 1000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

if (require.main === module) {
  prepareTestInfrastructure().then(
    // The last line of stdout is read by the Jest global setup.
    (outcome) => console.log(JSON.stringify(outcome)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
