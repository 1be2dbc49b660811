import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { PartyOrganization } from './party-organization.entity';

// One village joined by a joint committee 联村联社党委. `regionCode` is the village itself, which
// lies within the committee's region, so the caller's scope applies to it like any other row.
@Entity({ tableName: 'party_organization_member_region' })
@Index({
  name: 'party_organization_member_region_prefix_idx',
  expression:
    'create index "party_organization_member_region_prefix_idx" on "party_organization_member_region" ("region_code" varchar_pattern_ops)',
})
@Unique({ name: 'party_organization_member_region_key', properties: ['organization', 'regionCode'] })
export class PartyOrganizationMemberRegion {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => PartyOrganization, fieldName: 'organization_id' })
  organization: PartyOrganization;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  constructor(organization: PartyOrganization, regionCode: string) {
    this.organization = organization;
    this.regionCode = regionCode;
  }
}
