import { MikroORM } from '@mikro-orm/postgresql';
import { type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { type SubgraphConfig } from '../config/subgraph-config';

export type SubgraphModuleFactory = (config: SubgraphConfig) => DynamicModule;

export type RunningSubgraph = { app: INestApplication; url: string; close(): Promise<void> };

/** Creates the app, applies pending migrations, then serves (consumers start on bootstrap). */
export async function startSubgraph(
  createModule: SubgraphModuleFactory,
  config: SubgraphConfig,
  host = process.env.SUBGRAPH_HOST ?? '127.0.0.1',
): Promise<RunningSubgraph> {
  const app = await NestFactory.create(createModule(config), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  try {
    if (config.migrateOnStart) await app.get(MikroORM).getMigrator().up();
    await app.listen(config.port, host);
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://${host}:${address.port}/graphql`,
    close: () => app.close(),
  };
}

/** Entry point of a subgraph process: exits non-zero with the reason when start-up fails. */
export function runSubgraph(createModule: SubgraphModuleFactory, loadConfig: () => SubgraphConfig): void {
  let config: SubgraphConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  startSubgraph(createModule, config).then(
    (running) => running.app.get(Logger).log(`${config.service} subgraph ready at ${running.url}`),
    (error: unknown) => {
      console.error(`${config.service} subgraph failed to start:`, error);
      process.exit(1);
    },
  );
}
