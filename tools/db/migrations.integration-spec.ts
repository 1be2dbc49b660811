import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig, SERVICE_NAMES } from '@grassroots/persistence';
import { createTestDatabase } from '@grassroots/testing';
import { loadSubgraph } from '../platform/subgraphs';

// The committed migrations must build exactly the schema the entities describe: an entity change
// without its migration (or a hand-edited migration that drifts) fails here, not in production.
describe('migrations match the entities', () => {
  it.each(SERVICE_NAMES)('%s: a database migrated from the committed migrations needs no further change', async (service) => {
    const subgraph = await loadSubgraph(service);
    const database = await createTestDatabase(service); // a copy of the template, built by the migrations
    const orm = await MikroORM.init(
      createOrmConfig({ clientUrl: database.url, entities: subgraph.entities, migrations: subgraph.migrations, migrationsPath: subgraph.migrationsPath }),
    );
    try {
      const drift = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect(drift.trim()).toBe('');
    } finally {
      await orm.close();
      await database.drop();
    }
  });
});
