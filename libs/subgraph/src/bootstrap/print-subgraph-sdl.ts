import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { execute, parse } from 'graphql';
import { type ServiceName } from '@grassroots/persistence';
import { loadSubgraphConfig } from '../config/subgraph-config';
import { type SubgraphModuleFactory } from './run-subgraph';

/**
 * The SDL a subgraph serves at `_service { sdl }`, built offline (no database, no broker).
 * NestJS keeps GraphQL type metadata per process: load no other subgraph in the same one.
 */
export async function printSubgraphSdl(service: ServiceName, createModule: SubgraphModuleFactory): Promise<string> {
  const config = loadSubgraphConfig(service, {}, { offline: true, messaging: false, migrateOnStart: false, logLevel: 'silent' });
  const app = await NestFactory.create(createModule(config), { logger: false });
  try {
    await app.init();
    const { schema } = app.get(GraphQLSchemaHost);
    const result = await execute({ schema, document: parse('{ _service { sdl } }') });
    const sdl = (result.data as { _service: { sdl: string } } | undefined)?._service.sdl;
    if (!sdl) throw new Error(`${service}: no _service.sdl (${JSON.stringify(result.errors)})`);
    return `${sdl.trim()}\n`;
  } finally {
    await app.close();
  }
}
