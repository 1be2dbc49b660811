import { join } from 'node:path';
import { type MigrationList } from '@grassroots/persistence';
import { GRID_ENTITIES } from './grid/grid.entities';
import { Migration20261125035715_regions } from './migrations/Migration20261125035715_regions';
import { Migration20261125043133_region_population } from './migrations/Migration20261125043133_region_population';
import { Migration20261125043729_village_groups } from './migrations/Migration20261125043729_village_groups';
import { Migration20261125050106_party_organizations_grids_social_ratings_rectification } from './migrations/Migration20261125050106_party_organizations_grids_social_ratings_rectification';
import { PARTY_ORGANIZATION_ENTITIES } from './party-organization/party-organization.entities';
import { RECTIFICATION_ENTITIES } from './rectification/rectification.entities';
import { Region } from './region/region.entity';
import { SOCIAL_ORGANIZATION_ENTITIES } from './social-organization/social-organization.entities';
import { STAR_RATING_ENTITIES } from './star-rating/star-rating.entities';

export const ORGANIZATION_ENTITIES = [
  Region,
  ...PARTY_ORGANIZATION_ENTITIES,
  ...GRID_ENTITIES,
  ...SOCIAL_ORGANIZATION_ENTITIES,
  ...RECTIFICATION_ENTITIES,
  ...STAR_RATING_ENTITIES,
];

export const ORGANIZATION_MIGRATIONS: MigrationList = [
  { name: 'Migration20261125035715_regions', class: Migration20261125035715_regions },
  { name: 'Migration20261125043133_region_population', class: Migration20261125043133_region_population },
  { name: 'Migration20261125043729_village_groups', class: Migration20261125043729_village_groups },
  { name: 'Migration20261125050106_party_organizations_grids_social_ratings_rectification', class: Migration20261125050106_party_organizations_grids_social_ratings_rectification },
];

export const ORGANIZATION_MIGRATIONS_PATH = join(__dirname, 'migrations');
