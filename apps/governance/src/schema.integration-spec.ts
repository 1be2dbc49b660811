import { join } from 'node:path';
import { servedAndCommittedSchema, undocumentedElements } from '@grassroots/testing';
import { GovernanceAppModule } from './app.module';

// The printed schema is committed (apps/governance/schema.graphql) and composed into the supergraph.
describe('governance schema', () => {
  it('serves exactly the committed schema.graphql (run `npm run compose` after a change)', async () => {
    const { served, committed } = await servedAndCommittedSchema('governance', (config) => GovernanceAppModule.forRoot(config), join(__dirname, '..', 'schema.graphql'));
    expect(served).toBe(committed);
    expect(undocumentedElements(served)).toEqual([]);
  });
});
