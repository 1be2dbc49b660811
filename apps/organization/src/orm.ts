import { join } from 'node:path';
import { type MigrationList } from '@grassroots/persistence';
import { Migration20261125035715_regions } from './migrations/Migration20261125035715_regions';
import { Region } from './region/region.entity';

export const ORGANIZATION_ENTITIES = [Region];

export const ORGANIZATION_MIGRATIONS: MigrationList = [
  { name: 'Migration20261125035715_regions', class: Migration20261125035715_regions },
];

export const ORGANIZATION_MIGRATIONS_PATH = join(__dirname, 'migrations');
