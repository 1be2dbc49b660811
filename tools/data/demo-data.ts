// The demo county 麻城市 (421181): real regions from the national division codes, and
// deterministic generated data (same seed, same county) for what is not public.
// `node tools/run-ts.js tools/data/demo-data.ts 4211` loads a whole city (黄冈市, 11 counties,
// 4,053 villages) the same way, county by county, for load tests.
// Idempotent: regions are upserted, and each kind of data is generated only for a county that has none.
import 'reflect-metadata';
import { type EntityManager, type EntityName } from '@mikro-orm/postgresql';
import { importRegions } from '@grassroots/organization-app';
import { CollectiveIncome } from '@grassroots/economy-app';
import { VillageMatter } from '@grassroots/governance-app';
import { PartyMember } from '@grassroots/personnel-app';
import { Audit } from '@grassroots/supervision-app';
import { databaseUrlFor } from '@grassroots/persistence';
import { withOrm } from '../platform/migrate';
import { loadSubgraph, type SubgraphDefinition } from '../platform/subgraphs';
import { type DemoVillage, villagesOf } from './demo-villages';
import { generateCollectiveIncomes } from './economy-demo';
import { generateVillageMatters } from './governance-demo';
import { generateVillageGroups } from './organization-demo';
import { generateGrids } from './grid-demo';
import { generatePartyOrganizations } from './party-organization-demo';
import { generateSocialOrganizations, generateStarRatings, generateWeakOrganizationCases } from './village-organization-demo';
import { generatePersonnelDemo } from './personnel-demo';
import { generateAudits } from './supervision-demo';

export const DEMO_COUNTY = '421181';

type Seeder = {
  subgraph: string;
  /** The table in which rows of the county mean the seeder has run for it. */
  marker: EntityName<object>;
  generate(em: EntityManager, villages: DemoVillage[], log: (line: string) => void): Promise<number>;
  what: string;
};

const SEEDERS: Seeder[] = [
  { subgraph: 'personnel', marker: PartyMember, generate: generatePersonnel, what: 'party members' },
  { subgraph: 'governance', marker: VillageMatter, generate: generateVillageMatters, what: 'village matters' },
  { subgraph: 'supervision', marker: Audit, generate: generateAudits, what: 'audits' },
  { subgraph: 'economy', marker: CollectiveIncome, generate: generateCollectiveIncomes, what: 'collective incomes' },
];

/** Loads the region `code` (a county, or a city or province county by county). */
export async function loadDemoData(log: (line: string) => void = console.log, code = DEMO_COUNTY): Promise<void> {
  const organization = await loadSubgraph('organization');
  const counties = await withOrm(organization, databaseUrlFor('organization'), async (orm) => {
    const { byLevel } = await importRegions(orm.em.fork(), code);
    log(`organization: regions of ${code}: ${Object.entries(byLevel).map(([level, n]) => `${n} ${level.toLowerCase()}`).join(', ')}`);
    const rows = await orm.em.getConnection().execute<{ code: string }[]>("select code from region where level = 'COUNTY' and code like ? order by code", [`${code.slice(0, 6)}%`]);
    return rows.map((row) => row.code);
  });
  for (const county of counties) await loadCounty(county, log);
}

async function loadCounty(county: string, log: (line: string) => void): Promise<void> {
  const organization = await loadSubgraph('organization');
  const villages = await withOrm(organization, databaseUrlFor('organization'), async (orm) => {
    log(`${county}:`);
    const villages = await villagesOf(orm.em.fork(), county);
    const groups = await generateVillageGroups(orm.em.fork(), villages);
    log(`organization: ${groups ? `generated ${groups} village groups` : 'village groups already loaded'}`);
    const organizations = await generatePartyOrganizations(orm.em.fork(), county);
    log(`organization: ${organizations ? `generated ${organizations} party organizations` : 'party organizations already loaded'}`);
    const grids = await generateGrids(orm.em.fork(), county);
    log(`organization: ${grids ? `generated ${grids} grids with their roles` : 'grids already loaded'}`);
    for (const [table, what, generate] of [
      ['social_organization', 'social organizations', generateSocialOrganizations],
      ['star_rating', 'star ratings', generateStarRatings],
      ['weak_organization_case', 'weak-organization cases', generateWeakOrganizationCases],
    ] as const) {
      const [{ existing }] = await orm.em.getConnection().execute<{ existing: string }[]>(`select count(*) as existing from ${table} where region_code like ?`, [`${county}%`]);
      if (Number(existing) > 0) log(`organization: ${what} already loaded`);
      else log(`organization: generated ${await generate(orm.em.fork(), villages)} ${what}`);
    }
    return villages;
  });
  for (const seeder of SEEDERS) await runSeeder(await loadSubgraph(seeder.subgraph), seeder, county, villages, log);
}

async function runSeeder(subgraph: SubgraphDefinition, seeder: Seeder, county: string, villages: DemoVillage[], log: (line: string) => void): Promise<void> {
  await withOrm(subgraph, databaseUrlFor(subgraph.name), async (orm) => {
    const em = orm.em.fork();
    if ((await em.count(seeder.marker, { regionCode: { $like: `${county}%` } })) > 0) return log(`${subgraph.name}: ${seeder.what} already loaded`);
    const count = await seeder.generate(em, villages, log);
    log(`${subgraph.name}: generated ${count} ${seeder.what}`);
  });
}

// Personnel reads the county's branches, central households and grid workers from organization
// and sets organization's member counts when done.
async function generatePersonnel(em: EntityManager, villages: DemoVillage[], log: (line: string) => void): Promise<number> {
  const started = Date.now();
  const organization = await loadSubgraph('organization');
  const result = await withOrm(organization, databaseUrlFor('organization'), (orm) => generatePersonnelDemo(em, orm.em.fork(), villages));
  const rows = [...result.rowsByTable].map(([table, count]) => `${count} ${table}`).join(', ');
  log(`personnel: ${rows} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  log(`organization: member counts set on ${result.countsSet.branches} branches and ${result.countsSet.villages} villages`);
  return result.members;
}

if (require.main === module) {
  const started = Date.now();
  loadDemoData(console.log, process.argv[2] ?? DEMO_COUNTY).then(() => console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
