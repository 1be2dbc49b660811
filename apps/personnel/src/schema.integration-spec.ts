import { join } from 'node:path';
import { servedAndCommittedSchema, undocumentedElements } from '@grassroots/testing';
import { PersonnelAppModule } from './app.module';

// The printed schema is committed (apps/personnel/schema.graphql) and composed into the supergraph.
describe('personnel schema', () => {
  it('serves exactly the committed schema.graphql (run `npm run compose` after a change)', async () => {
    const { served, committed } = await servedAndCommittedSchema('personnel', (config) => PersonnelAppModule.forRoot(config), join(__dirname, '..', 'schema.graphql'));
    expect(served).toBe(committed);
    expect(undocumentedElements(served)).toEqual([]);
  });
});
