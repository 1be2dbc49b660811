import { join } from 'node:path';
import { type MigrationList } from '@grassroots/persistence';
import { Audit } from './audit/audit.entity';
import { Migration20261125040547_audits } from './migrations/Migration20261125040547_audits';

export const SUPERVISION_ENTITIES = [Audit];

export const SUPERVISION_MIGRATIONS: MigrationList = [{ name: 'Migration20261125040547_audits', class: Migration20261125040547_audits }];

export const SUPERVISION_MIGRATIONS_PATH = join(__dirname, 'migrations');
