import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SERVICE_NAMES, type ServiceName } from '@grassroots/persistence';
import { DEFAULT_PORTS } from '@grassroots/subgraph';

export const ROOT = join(__dirname, '..', '..');
export const SUPERGRAPH_PATH = join(ROOT, 'apps', 'gateway', 'supergraph.graphql');
export const subgraphSchemaPath = (name: string) => join(ROOT, 'apps', name, 'schema.graphql');

export type SubgraphSdl = { name: ServiceName; sdl: string };

/** Each subgraph's SDL, printed in a process of its own (see print-subgraph-sdl.ts). */
export async function printAllSubgraphs(): Promise<SubgraphSdl[]> {
  const run = promisify(execFile);
  return Promise.all(
    SERVICE_NAMES.map(async (name) => {
      const { stdout } = await run(process.execPath, [join(ROOT, 'tools', 'run-ts.js'), join(__dirname, 'print-subgraph-sdl.ts'), name], {
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
      });
      return { name, sdl: stdout };
    }),
  );
}

export function readCommittedSubgraphs(): Promise<SubgraphSdl[]> {
  return Promise.all(SERVICE_NAMES.map(async (name) => ({ name, sdl: await readFile(subgraphSchemaPath(name), 'utf8') })));
}

/** Composes the subgraphs into the supergraph the gateway serves; composition errors are thrown. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): string {
  const result = composeServices(
    subgraphs.map(({ name, sdl }) => ({
      name,
      typeDefs: parse(sdl),
      url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
    })),
  );
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`supergraph composition failed:\n${(result.errors ?? []).map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}
