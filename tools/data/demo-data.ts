// The demo county 麻城市 (421181): real regions from the national division codes, and
// deterministic generated data (same seed, same county) for what is not public.
// Idempotent: regions are upserted, and each subgraph's data is generated only into an empty table.
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
import { generatePartyOrganizations } from './party-organization-demo';
import { generatePartyMembers } from './personnel-demo';
import { generateAudits } from './supervision-demo';

export const DEMO_COUNTY = '421181';

type Seeder = {
  subgraph: string;
  /** The table whose emptiness means the seeder has not run. */
  marker: EntityName<object>;
  generate(em: EntityManager, villages: DemoVillage[]): Promise<number>;
  what: string;
};

const SEEDERS: Seeder[] = [
  { subgraph: 'personnel', marker: PartyMember, generate: generatePartyMembers, what: 'party members' },
  { subgraph: 'governance', marker: VillageMatter, generate: generateVillageMatters, what: 'village matters' },
  { subgraph: 'supervision', marker: Audit, generate: generateAudits, what: 'audits' },
  { subgraph: 'economy', marker: CollectiveIncome, generate: generateCollectiveIncomes, what: 'collective incomes' },
];

export async function loadDemoData(log: (line: string) => void = console.log, county = DEMO_COUNTY): Promise<void> {
  const organization = await loadSubgraph('organization');
  const villages = await withOrm(organization, databaseUrlFor('organization'), async (orm) => {
    const { byLevel } = await importRegions(orm.em.fork(), county);
    log(`organization: regions of ${county}: ${Object.entries(byLevel).map(([level, n]) => `${n} ${level.toLowerCase()}`).join(', ')}`);
    const villages = await villagesOf(orm.em.fork(), county);
    const groups = await generateVillageGroups(orm.em.fork(), villages);
    log(`organization: ${groups ? `generated ${groups} village groups` : 'village groups already loaded'}`);
    const organizations = await generatePartyOrganizations(orm.em.fork(), county);
    log(`organization: ${organizations ? `generated ${organizations} party organizations` : 'party organizations already loaded'}`);
    return villages;
  });
  for (const seeder of SEEDERS) await runSeeder(await loadSubgraph(seeder.subgraph), seeder, villages, log);
}

async function runSeeder(subgraph: SubgraphDefinition, seeder: Seeder, villages: DemoVillage[], log: (line: string) => void): Promise<void> {
  await withOrm(subgraph, databaseUrlFor(subgraph.name), async (orm) => {
    const em = orm.em.fork();
    if ((await em.count(seeder.marker, {})) > 0) return log(`${subgraph.name}: ${seeder.what} already loaded`);
    const count = await seeder.generate(em, villages);
    log(`${subgraph.name}: generated ${count} ${seeder.what}`);
  });
}

if (require.main === module) {
  loadDemoData().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
