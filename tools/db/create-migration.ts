// `node tools/run-ts.js tools/db/create-migration.ts <subgraph> [name]`: writes the next
// migration of a subgraph from the difference between its entities and its committed snapshot.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig, dropDatabase, ensureDatabase, serverUrl } from '@grassroots/persistence';
import { loadSubgraph } from '../platform/subgraphs';

async function main(): Promise<void> {
  const [name, label] = process.argv.slice(2);
  const subgraph = await loadSubgraph(name ?? '');
  // A scratch database: the generator diffs against the snapshot, never a live database.
  const url = serverUrl(`grassroots_migration_${subgraph.name}_${process.pid}`);
  await ensureDatabase(url);
  const orm = await MikroORM.init({
    ...createOrmConfig({ clientUrl: url, entities: subgraph.entities, migrations: [], migrationsPath: subgraph.migrationsPath }),
  });
  try {
    const result = await orm.getMigrator().createMigration(subgraph.migrationsPath, false, false, label);
    console.log(result.diff.up.length ? `wrote ${subgraph.migrationsPath}/${result.fileName}` : 'no changes: nothing written');
  } finally {
    await orm.close();
    await dropDatabase(url);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
