// `npm run db:setup`: creates each subgraph's database (idempotent) and runs its migrations.
import 'reflect-metadata';
import { databaseUrlFor } from '@grassroots/persistence';
import { migrateDatabase } from './migrate';
import { loadSubgraphs } from './subgraphs';

export async function setupDatabases(log: (line: string) => void = console.log): Promise<void> {
  for (const subgraph of await loadSubgraphs()) {
    const url = databaseUrlFor(subgraph.name);
    const { created, applied } = await migrateDatabase(subgraph, url);
    log(
      `${subgraph.name}: database ${created ? 'created' : 'present'}, ` +
        `${applied.length ? `applied ${applied.join(', ')}` : 'migrations up to date'}`,
    );
  }
}

if (require.main === module) {
  setupDatabases().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
