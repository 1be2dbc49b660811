import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { PartyOrganization } from './party-organization.entity';

export type ResidentUnitKind = 'GOVERNMENT_AGENCY' | 'PUBLIC_INSTITUTION' | 'STATE_ENTERPRISE' | 'PRIVATE_ENTERPRISE' | 'SOCIAL_ORGANIZATION' | 'OTHER';

export const RESIDENT_UNIT_KINDS: readonly ResidentUnitKind[] = [
  'GOVERNMENT_AGENCY',
  'PUBLIC_INSTITUTION',
  'STATE_ENTERPRISE',
  'PRIVATE_ENTERPRISE',
  'SOCIAL_ORGANIZATION',
  'OTHER',
];

// A resident unit 驻社区单位 that is a member of a community big committee 社区大党委.
@Entity({ tableName: 'party_organization_resident_unit' })
@Index({
  name: 'party_organization_resident_unit_prefix_idx',
  expression:
    'create index "party_organization_resident_unit_prefix_idx" on "party_organization_resident_unit" ("region_code" varchar_pattern_ops)',
})
@Unique({ name: 'party_organization_resident_unit_key', properties: ['organization', 'name'] })
export class PartyOrganizationResidentUnit {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => PartyOrganization, fieldName: 'organization_id' })
  organization: PartyOrganization;

  /** The committee's community. */
  @Property({ type: 'varchar', length: 15 })
  regionCode: string;

  @Property({ type: 'varchar', length: 100 })
  name: string;

  @Property({ type: 'varchar', length: 24 })
  unitKind: ResidentUnitKind;

  constructor(organization: PartyOrganization, name: string, unitKind: ResidentUnitKind) {
    this.organization = organization;
    this.regionCode = organization.regionCode;
    this.name = name;
    this.unitKind = unitKind;
  }
}
