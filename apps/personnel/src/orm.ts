import { join } from 'node:path';
import { type MigrationList } from '@grassroots/persistence';
import { Migration20261125035719_party_members } from './migrations/Migration20261125035719_party_members';
import { Migration20261125043127_member_in_village } from './migrations/Migration20261125043127_member_in_village';
import { PartyMember } from './party-member/party-member.entity';

export const PERSONNEL_ENTITIES = [PartyMember];

export const PERSONNEL_MIGRATIONS: MigrationList = [
  { name: 'Migration20261125035719_party_members', class: Migration20261125035719_party_members },
  { name: 'Migration20261125043127_member_in_village', class: Migration20261125043127_member_in_village },
];

export const PERSONNEL_MIGRATIONS_PATH = join(__dirname, 'migrations');
