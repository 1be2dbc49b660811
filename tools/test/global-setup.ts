// Jest global setup: the real infrastructure every integration test runs on. Starts the Kafka
// broker if none answers, and migrates one template database per subgraph that each test file
// copies (CREATE DATABASE ... TEMPLATE: ~100 ms instead of migrating again).
// It runs in a child process: entity classes loaded here would share MikroORM's global metadata
// with a test running in band, across two JavaScript realms, and break its discovery.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'tools', 'run-ts.js'), join(ROOT, 'tools', 'test', 'prepare-test-infrastructure.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`test infrastructure could not be prepared (exit ${result.status})`);
  const outcome = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as { startedBroker?: boolean; kafkaBrokers?: string };
  process.env.GRASSROOTS_TEST_STARTED_BROKER = outcome.startedBroker ? '1' : '';
  if (outcome.kafkaBrokers) process.env.KAFKA_BROKERS = outcome.kafkaBrokers;
  console.log(`\ntest infrastructure ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
