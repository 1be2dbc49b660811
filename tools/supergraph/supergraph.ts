import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { execute, parse } from 'graphql';
import { DEFAULT_PORTS, loadSubgraphConfig } from '@grassroots/subgraph';
import { SUBGRAPHS, type SubgraphDefinition } from '../platform/subgraphs';

export const ROOT = join(__dirname, '..', '..');
export const SUPERGRAPH_PATH = join(ROOT, 'apps', 'gateway', 'supergraph.graphql');
export const subgraphSchemaPath = (name: string) => join(ROOT, 'apps', name, 'schema.graphql');

/** The SDL a subgraph serves at `_service { sdl }`, built offline (no database, no broker). */
export async function printSubgraphSdl(subgraph: SubgraphDefinition): Promise<string> {
  const config = loadSubgraphConfig(subgraph.name, {}, { offline: true, messaging: false, migrateOnStart: false, logLevel: 'silent' });
  const app = await NestFactory.create(subgraph.createModule(config), { logger: false });
  try {
    await app.init();
    const { schema } = app.get(GraphQLSchemaHost);
    const result = await execute({ schema, document: parse('{ _service { sdl } }') });
    const sdl = (result.data as { _service: { sdl: string } } | undefined)?._service.sdl;
    if (!sdl) throw new Error(`${subgraph.name}: no _service.sdl (${JSON.stringify(result.errors)})`);
    return `${sdl.trim()}\n`;
  } finally {
    await app.close();
  }
}

export type Composition = { subgraphs: { name: string; sdl: string }[]; supergraphSdl: string };

/** Composes the five subgraphs into the supergraph; composition errors are thrown. */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphs = [];
  for (const subgraph of SUBGRAPHS) subgraphs.push({ name: subgraph.name, sdl: await printSubgraphSdl(subgraph) });
  const result = composeServices(
    subgraphs.map(({ name, sdl }) => ({
      name,
      typeDefs: parse(sdl),
      url: `http://127.0.0.1:${DEFAULT_PORTS[name as keyof typeof DEFAULT_PORTS]}/graphql`,
    })),
  );
  if (result.errors?.length) {
    throw new Error(`supergraph composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return { subgraphs, supergraphSdl: `${(result.supergraphSdl ?? '').trim()}\n` };
}

/** Files whose committed text differs from what composition produces now. */
export async function driftedFiles(composition: Composition): Promise<string[]> {
  const expected: [string, string][] = [
    ...composition.subgraphs.map(({ name, sdl }): [string, string] => [subgraphSchemaPath(name), sdl]),
    [SUPERGRAPH_PATH, composition.supergraphSdl],
  ];
  const drifted: string[] = [];
  for (const [path, text] of expected) {
    const committed = await readFile(path, 'utf8').catch(() => null);
    if (committed !== text) drifted.push(path);
  }
  return drifted;
}
