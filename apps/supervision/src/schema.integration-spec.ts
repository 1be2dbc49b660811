import { join } from 'node:path';
import { servedAndCommittedSchema, undocumentedElements } from '@grassroots/testing';
import { SupervisionAppModule } from './app.module';

// The printed schema is committed (apps/supervision/schema.graphql) and composed into the supergraph.
describe('supervision schema', () => {
  it('serves exactly the committed schema.graphql (run `npm run compose` after a change)', async () => {
    const { served, committed } = await servedAndCommittedSchema('supervision', (config) => SupervisionAppModule.forRoot(config), join(__dirname, '..', 'schema.graphql'));
    expect(served).toBe(committed);
    expect(undocumentedElements(served)).toEqual([]);
  });
});
