import { randomBytes } from 'node:crypto';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { type INestApplication } from '@nestjs/common';
import { type ServiceName } from '@grassroots/persistence';
import { loadSubgraphConfig, MessagingService, startSubgraph, type SubgraphConfig, type SubgraphModuleFactory } from '@grassroots/subgraph';
import { createTestDatabase } from './test-database';

export type TestSubgraph = {
  url: string;
  app: INestApplication;
  config: SubgraphConfig;
  orm: MikroORM;
  /** A fresh entity manager for arranging and checking rows directly. */
  em(): EntityManager;
  /** Resolves once the subgraph's event consumer has joined its group. */
  consuming(): Promise<void>;
  close(): Promise<void>;
};

/** A random topic prefix, so test files on the same broker never see each other's events. */
export const testTopicPrefix = () => `t${randomBytes(4).toString('hex')}.`;

/**
 * Boots a subgraph in-process on a free port against its own copy of the migrated template.
 * Messaging is off unless asked for (with a topic prefix shared by the apps of one test).
 */
export async function bootTestSubgraph(
  service: ServiceName,
  createModule: SubgraphModuleFactory,
  overrides: Partial<SubgraphConfig> = {},
): Promise<TestSubgraph> {
  const database = await createTestDatabase(service);
  const config = loadSubgraphConfig(service, process.env, {
    databaseUrl: database.url,
    port: 0,
    logLevel: 'silent',
    migrateOnStart: false,
    messaging: false,
    ...overrides,
  });
  try {
    const running = await startSubgraph(createModule, config);
    const orm = running.app.get<MikroORM>(MikroORM);
    return {
      url: running.url,
      app: running.app,
      config,
      orm,
      em: () => orm.em.fork(),
      consuming: () => running.app.get(MessagingService).consuming,
      close: async () => {
        await running.close();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
