import { Check, Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type PartyOrganizationForm, type PartyOrganizationKind } from './party-organization-hierarchy.util';

// A party organization 党组织: committee, general branch, branch or party group, in one of the
// special forms of DOMAIN §1. Dissolving sets `dissolvedAt`; rows are never deleted.
@Entity({ tableName: 'party_organization' })
@Index({
  name: 'party_organization_region_prefix_idx',
  expression: 'create index "party_organization_region_prefix_idx" on "party_organization" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'party_organization_parent_idx', properties: ['parent', 'name'] })
@Check({ name: 'party_organization_counts_check', expression: 'member_count >= 0 and in_village_member_count >= 0' })
export class PartyOrganization {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'varchar', length: 100 })
  name: string;

  @Property({ type: 'varchar', length: 16 })
  kind: PartyOrganizationKind;

  @Property({ type: 'varchar', length: 32, default: 'STANDARD' })
  form: Opt<PartyOrganizationForm> = 'STANDARD';

  /** The region it sits in: a county, township, village or village group code. */
  @Property({ type: 'varchar', length: 15 })
  regionCode: string;

  // Rows are never deleted; a stray delete of a parent fails rather than orphaning its children.
  @ManyToOne({ entity: () => PartyOrganization, nullable: true, fieldName: 'parent_id', deleteRule: 'restrict' })
  parent: PartyOrganization | null;

  /** A party-member central household 党员中心户: the anchoring member's id in personnel. */
  @Property({ type: 'uuid', nullable: true })
  anchorMemberId: Opt<string> | null = null;

  @Property({ type: 'date' })
  foundedAt: string;

  /** Null while the organization is active. */
  @Property({ type: 'date', nullable: true })
  dissolvedAt: Opt<string> | null = null;

  /** Members in this organization, kept current from personnel's membership events. */
  @Property({ type: 'integer', default: 0 })
  memberCount: Opt<number> = 0;

  /** Of those, members living in the village (not migrant 流动党员). */
  @Property({ type: 'integer', default: 0 })
  inVillageMemberCount: Opt<number> = 0;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(name: string, kind: PartyOrganizationKind, regionCode: string, parent: PartyOrganization | null, foundedAt: string) {
    this.name = name;
    this.kind = kind;
    this.regionCode = regionCode;
    this.parent = parent;
    this.foundedAt = foundedAt;
  }
}
