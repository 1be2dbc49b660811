import { join } from 'node:path';
import { type MigrationList } from '@grassroots/persistence';
import { CollectiveIncome } from './collective-income/collective-income.entity';
import { Migration20261125040549_collective_incomes } from './migrations/Migration20261125040549_collective_incomes';

export const ECONOMY_ENTITIES = [CollectiveIncome];

export const ECONOMY_MIGRATIONS: MigrationList = [
  { name: 'Migration20261125040549_collective_incomes', class: Migration20261125040549_collective_incomes },
];

export const ECONOMY_MIGRATIONS_PATH = join(__dirname, 'migrations');
