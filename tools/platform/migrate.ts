import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig, ensureDatabase } from '@grassroots/persistence';
import { type SubgraphDefinition } from './subgraphs';

/** Creates the service's database if missing and applies its pending migrations. */
export async function migrateDatabase(subgraph: SubgraphDefinition, url: string): Promise<{ created: boolean; applied: string[] }> {
  const created = await ensureDatabase(url);
  const applied = await withOrm(subgraph, url, (orm) => orm.getMigrator().up());
  return { created, applied: applied.map((migration) => migration.name) };
}

/** Runs `work` with an ORM on the service's database, closed afterwards. */
export async function withOrm<T>(subgraph: SubgraphDefinition, url: string, work: (orm: MikroORM) => Promise<T>): Promise<T> {
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
    return await work(orm);
  } finally {
    await orm.close();
  }
}
