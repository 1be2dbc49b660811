// `node tools/run-ts.js tools/supergraph/print-subgraph-sdl.ts <subgraph>` prints one
// subgraph's SDL; one process per subgraph (NestJS keeps GraphQL type metadata per process).
import { printSubgraphSdl } from '@grassroots/subgraph';
import { loadSubgraph } from '../platform/subgraphs';

async function main(): Promise<void> {
  const subgraph = await loadSubgraph(process.argv[2] ?? '');
  process.stdout.write(await printSubgraphSdl(subgraph.name, subgraph.createModule));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
