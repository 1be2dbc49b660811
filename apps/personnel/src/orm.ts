import { join } from 'node:path';
import { type MigrationList } from '@grassroots/persistence';
import { Migration20261125035719_party_members } from './migrations/Migration20261125035719_party_members';
import { Migration20261125043127_member_in_village } from './migrations/Migration20261125043127_member_in_village';
import { Migration20261125054937_members_pipeline_cadres_representatives_households } from './migrations/Migration20261125054937_members_pipeline_cadres_representatives_households';
import { Migration20261125065737_branch_directory_village_types } from './migrations/Migration20261125065737_branch_directory_village_types';
import { Migration20261125071623_household_link_person_kind } from './migrations/Migration20261125071623_household_link_person_kind';
import { BRANCH_DIRECTORY_ENTITIES } from './branch-directory/branch-directory.entities';
import { CADRE_ENTITIES } from './cadre/cadre.entities';
import { DISPATCHED_CADRE_ENTITIES } from './dispatched-cadre/dispatched-cadre.entities';
import { HOUSEHOLD_LINK_ENTITIES } from './household-link/household-link.entities';
import { MEMBERSHIP_PIPELINE_ENTITIES } from './membership-pipeline/membership-pipeline.entities';
import { PARTY_MEMBER_ENTITIES } from './party-member/party-member.entities';
import { REPRESENTATIVE_ENTITIES } from './representative/representative.entities';
import { TALENT_POOL_ENTITIES } from './talent-pool/talent-pool.entities';
import { VILLAGE_TYPE_ENTITIES } from './village-type/village-type.entities';

export const PERSONNEL_ENTITIES = [
  ...PARTY_MEMBER_ENTITIES,
  ...MEMBERSHIP_PIPELINE_ENTITIES,
  ...CADRE_ENTITIES,
  ...DISPATCHED_CADRE_ENTITIES,
  ...TALENT_POOL_ENTITIES,
  ...REPRESENTATIVE_ENTITIES,
  ...HOUSEHOLD_LINK_ENTITIES,
  ...BRANCH_DIRECTORY_ENTITIES,
  ...VILLAGE_TYPE_ENTITIES,
];

export const PERSONNEL_MIGRATIONS: MigrationList = [
  { name: 'Migration20261125035719_party_members', class: Migration20261125035719_party_members },
  { name: 'Migration20261125043127_member_in_village', class: Migration20261125043127_member_in_village },
  { name: 'Migration20261125054937_members_pipeline_cadres_representatives_households', class: Migration20261125054937_members_pipeline_cadres_representatives_households },
  { name: 'Migration20261125065737_branch_directory_village_types', class: Migration20261125065737_branch_directory_village_types },
  { name: 'Migration20261125071623_household_link_person_kind', class: Migration20261125071623_household_link_person_kind },
];

export const PERSONNEL_MIGRATIONS_PATH = join(__dirname, 'migrations');
