import { type ServiceName } from '@grassroots/persistence';
import { startSubgraphProcess, type SubgraphProcess } from './subgraph-process';
import { createTestDatabase, type TestDatabase } from './test-database';
import { testTopicPrefix } from './test-subgraph';

export type SubgraphProcesses<S extends ServiceName> = {
  /** Each subgraph's running process, by name. */
  processes: Record<S, SubgraphProcess>;
  /** Each subgraph's own copy of its migrated template. */
  databaseUrls: Record<S, string>;
  /** Stops every process and drops every database. */
  stop(): Promise<void>;
};

/**
 * Several subgraphs as their own processes (as `npm start` runs them), each on a fresh copy of its
 * template database, sharing one private topic prefix on the broker, so their events reach each
 * other and no other test.
 */
export async function startSubgraphProcesses<S extends ServiceName>(services: readonly S[], options: { kafkaBrokers?: string } = {}): Promise<SubgraphProcesses<S>> {
  const topicPrefix = testTopicPrefix();
  const databases: TestDatabase[] = await Promise.all(services.map((service) => createTestDatabase(service)));
  const started = await Promise.allSettled(
    services.map((service, index) => startSubgraphProcess(service, { databaseUrl: databases[index].url, topicPrefix, kafkaBrokers: options.kafkaBrokers })),
  );
  const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const stop = async () => {
    await Promise.all(running.map((process) => process.stop()));
    await Promise.all(databases.map((database) => database.drop()));
  };
  const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  const byService = <T>(value: (index: number) => T) => Object.fromEntries(services.map((service, index) => [service, value(index)])) as Record<S, T>;
  return { processes: byService((index) => running[index]), databaseUrls: byService((index) => databases[index].url), stop };
}

/** Reads until `done` holds or `timeoutMs` passes, and returns the last answer (for state that arrives by event). */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, { timeoutMs = 20_000, intervalMs = 100 } = {}): Promise<T> {
  let value = await read();
  for (const deadline = Date.now() + timeoutMs; !done(value) && Date.now() < deadline; value = await read()) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return value;
}
