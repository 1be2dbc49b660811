import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig, ensureDatabase } from '@grassroots/persistence';
import { type SubgraphDefinition } from './subgraphs';

/** Creates the service's database if missing and applies its pending migrations. */
export async function migrateDatabase(subgraph: SubgraphDefinition, url: string): Promise<{ created: boolean; applied: string[] }> {
  const created = await ensureDatabase(url);
  const orm = await MikroORM.init(
    createOrmConfig({
      clientUrl: url,
      entities: subgraph.entities,
      migrations: subgraph.migrations,
      migrationsPath: subgraph.migrationsPath,
      poolMax: 2,
    }),
  );
  try {
    const applied = await orm.getMigrator().up();
    return { created, applied: applied.map((migration) => migration.name) };
  } finally {
    await orm.close();
  }
}
