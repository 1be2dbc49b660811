import { readFile } from 'node:fs/promises';
import { composeSupergraph, readCommittedSubgraphs, SUPERGRAPH_PATH } from './supergraph';

// Each subgraph's own spec checks that it serves its committed schema.graphql; this one checks
// that those five compose, with no errors, into the supergraph the gateway serves.
describe('supergraph composition', () => {
  it('composes the committed subgraph schemas into the committed supergraph', async () => {
    expect(composeSupergraph(await readCommittedSubgraphs())).toBe(await readFile(SUPERGRAPH_PATH, 'utf8'));
  });

  it('fails with the composition errors when two subgraphs disagree', async () => {
    const subgraphs = await readCommittedSubgraphs();
    const broken = subgraphs.map((subgraph) =>
      subgraph.name === 'personnel' ? { ...subgraph, sdl: subgraph.sdl.replace(/type PageInfo\s+@shareable/, 'type PageInfo') } : subgraph,
    );
    expect(() => composeSupergraph(broken)).toThrow(/supergraph composition failed[\s\S]*PageInfo/);
  });
});
