// `npm run import:regions -- 421181`: imports the real region tree under a county, city or
// province code (and its ancestors) into the organization database. Idempotent.
import 'reflect-metadata';
import { importRegions } from '@grassroots/organization-app';
import { databaseUrlFor } from '@grassroots/persistence';
import { migrateDatabase, withOrm } from '../platform/migrate';
import { loadSubgraph } from '../platform/subgraphs';

async function main(): Promise<void> {
  const codes = process.argv.slice(2);
  if (codes.length === 0) throw new Error('usage: npm run import:regions -- <region code> [...] (e.g. 421181 for 麻城市)');
  const organization = await loadSubgraph('organization');
  const url = databaseUrlFor('organization');
  await migrateDatabase(organization, url);
  for (const code of codes) {
    const started = Date.now();
    const { imported, byLevel } = await withOrm(organization, url, (orm) => importRegions(orm.em.fork(), code));
    const levels = Object.entries(byLevel).map(([level, count]) => `${count} ${level.toLowerCase()}`).join(', ');
    console.log(`${code}: ${imported} regions (${levels}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
