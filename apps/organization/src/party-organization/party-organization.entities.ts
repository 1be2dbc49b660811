import { type EntityClass } from '@mikro-orm/postgresql';
import { PartyOrganizationChange } from './party-organization-change.entity';
import { PartyOrganizationMemberRegion } from './party-organization-member-region.entity';
import { PartyOrganizationResidentUnit } from './party-organization-resident-unit.entity';
import { PartyOrganization } from './party-organization.entity';

/** The party-organization tables, registered in the organization subgraph's ORM (see ../orm.ts). */
export const PARTY_ORGANIZATION_ENTITIES: EntityClass<object>[] = [
  PartyOrganization,
  PartyOrganizationMemberRegion,
  PartyOrganizationResidentUnit,
  PartyOrganizationChange,
];
