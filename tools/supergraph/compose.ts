// `npm run compose` writes each subgraph's schema.graphql and the gateway's supergraph.graphql;
// `npm run compose -- --check` fails when the committed files differ from the code.
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { composeSupergraph, driftedFiles, ROOT, SUPERGRAPH_PATH, subgraphSchemaPath } from './supergraph';

async function main(): Promise<void> {
  const composition = await composeSupergraph();
  const drifted = await driftedFiles(composition);
  if (process.argv.includes('--check')) {
    if (drifted.length) {
      console.error(`schema drift: run \`npm run compose\` and commit:\n${drifted.map((p) => `  ${relative(ROOT, p)}`).join('\n')}`);
      process.exit(1);
    }
    console.log('supergraph composes and matches the committed schemas');
    return;
  }
  for (const { name, sdl } of composition.subgraphs) await writeFile(subgraphSchemaPath(name), sdl);
  await writeFile(SUPERGRAPH_PATH, composition.supergraphSdl);
  console.log(drifted.length ? `updated:\n${drifted.map((p) => `  ${relative(ROOT, p)}`).join('\n')}` : 'schemas unchanged');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
