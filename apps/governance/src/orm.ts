import { join } from 'node:path';
import { type MigrationList } from '@grassroots/persistence';
import { Migration20261125040545_village_matters } from './migrations/Migration20261125040545_village_matters';
import { VillageMatter } from './village-matter/village-matter.entity';

export const GOVERNANCE_ENTITIES = [VillageMatter];

export const GOVERNANCE_MIGRATIONS: MigrationList = [
  { name: 'Migration20261125040545_village_matters', class: Migration20261125040545_village_matters },
];

export const GOVERNANCE_MIGRATIONS_PATH = join(__dirname, 'migrations');
