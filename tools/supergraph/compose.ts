// `npm run compose` prints each subgraph's schema into apps/<name>/schema.graphql and composes
// apps/gateway/supergraph.graphql; `npm run compose -- --check` fails when they have drifted.
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { composeSupergraph, printAllSubgraphs, ROOT, SUPERGRAPH_PATH, subgraphSchemaPath } from './supergraph';

async function main(): Promise<void> {
  const subgraphs = await printAllSubgraphs();
  const files: [string, string][] = [
    ...subgraphs.map(({ name, sdl }): [string, string] => [subgraphSchemaPath(name), sdl]),
    [SUPERGRAPH_PATH, composeSupergraph(subgraphs)],
  ];
  const drifted: string[] = [];
  for (const [path, text] of files) {
    if ((await readFile(path, 'utf8').catch(() => null)) !== text) drifted.push(relative(ROOT, path));
  }
  if (process.argv.includes('--check')) {
    if (drifted.length) {
      console.error(`schema drift: run \`npm run compose\` and commit:\n${drifted.map((path) => `  ${path}`).join('\n')}`);
      process.exit(1);
    }
    return console.log('the supergraph composes and matches the committed schemas');
  }
  for (const [path, text] of files) await writeFile(path, text);
  console.log(drifted.length ? `updated:\n${drifted.map((path) => `  ${path}`).join('\n')}` : 'schemas unchanged');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
