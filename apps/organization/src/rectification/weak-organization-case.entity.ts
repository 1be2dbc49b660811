import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type WeakOrganizationState } from './case-state.util';
import { type ContactLevel, type WeakOrganizationReason } from './rectification.types';

// A weak and slack village party organization under rectification 软弱涣散村党组织整顿. Its history
// (plans, reports, transitions) hangs off this row; a relapse reopens it rather than starting another.
@Entity({ tableName: 'weak_organization_case' })
@Index({
  name: 'weak_organization_case_region_prefix_idx',
  expression: 'create index "weak_organization_case_region_prefix_idx" on "weak_organization_case" ("region_code" varchar_pattern_ops, "id")',
})
// One open case per village, even when two designations race.
@Index({
  name: 'weak_organization_case_open_village_unique',
  expression:
    'create unique index "weak_organization_case_open_village_unique" on "weak_organization_case" ("region_code") ' +
    "where \"state\" in ('DESIGNATED', 'PLAN_APPROVED', 'RECTIFYING')",
})
export class WeakOrganizationCase {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  /** The village 村(社区). */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** The village party organization (a PartyOrganization id of this subgraph), when known. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Property({ type: 'json' })
  reasons: WeakOrganizationReason[];

  /** The reason in words when `reasons` holds OTHER. */
  @Property({ type: 'varchar', length: 200, nullable: true })
  otherReason: string | null = null;

  @Property({ type: 'varchar', length: 10 })
  contactLevel: ContactLevel;

  /** The county leader 县级领导 who is the village's contact. */
  @Property({ type: 'varchar', length: 50 })
  contactLeaderName: string;

  /** The contact leader's id in the personnel subgraph, when known. */
  @Property({ type: 'uuid', nullable: true })
  contactLeaderPersonId: string | null = null;

  @Property({ type: 'varchar', length: 16, default: 'DESIGNATED' })
  state: Opt<WeakOrganizationState> = 'DESIGNATED';

  /** Times the case was reopened after close-out; the current plan round is this plus one. */
  @Property({ type: 'integer', default: 0 })
  relapseCount: Opt<number> = 0;

  @Property({ type: 'date' })
  designatedAt: string;

  /** Date of the last close-out 销号; cleared when the case relapses. */
  @Property({ type: 'date', nullable: true })
  closedAt: string | null = null;

  // Two people acting on one case at once: the second flush fails instead of overwriting.
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(regionCode: string, reasons: WeakOrganizationReason[], contactLevel: ContactLevel, contactLeaderName: string, designatedAt: string) {
    this.regionCode = regionCode;
    this.reasons = reasons;
    this.contactLevel = contactLevel;
    this.contactLeaderName = contactLeaderName;
    this.designatedAt = designatedAt;
  }

  /** The plan round in force: 1 at designation, one more after each relapse. */
  get round(): number {
    return this.relapseCount + 1;
  }
}
