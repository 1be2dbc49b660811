import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { Household } from './household.entity';
import { LinkPerson } from './link-person.entity';
import { type LinkPersonKind, type LinkRole } from './link-role';

// A person linked to a household 联户. Ending a link keeps the row (who, when, why); active
// means not ended. Name, kind and role are the person's when linked: a role that later drops
// (a post ends) leaves earlier links as they were and lowers the quota for new ones.
@Entity({ tableName: 'household_link' })
@Index({
  name: 'household_link_region_prefix_idx',
  expression: 'create index "household_link_region_prefix_idx" on "household_link" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'household_link_person_idx', properties: ['person', 'endedAt'] })
@Index({ name: 'household_link_household_idx', properties: ['household', 'endedAt'] })
// The database's own guard against a person linking one household twice at a time.
@Unique({
  name: 'household_link_active_unique',
  expression: 'create unique index "household_link_active_unique" on "household_link" ("person_id", "household_id") where "ended_at" is null',
})
export class HouseholdLink {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => LinkPerson, deleteRule: 'restrict' })
  person: LinkPerson;

  @Property({ type: 'varchar', length: 50 })
  personName: string;

  @Property({ type: 'varchar', length: 16 })
  personKind: LinkPersonKind;

  @Property({ type: 'varchar', length: 24 })
  linkRole: LinkRole;

  @ManyToOne({ entity: () => Household, deleteRule: 'restrict' })
  household: Household;

  /** The household's region (copied so the region scope applies). */
  @Property({ type: 'varchar', length: 15 })
  regionCode: string;

  @Property({ type: 'date' })
  linkedAt: string;

  @Property({ type: 'varchar', length: 200 })
  linkedBy: string;

  @Property({ type: 'date', nullable: true })
  endedAt: string | null = null;

  @Property({ type: 'varchar', length: 200, nullable: true })
  endedBy: string | null = null;

  @Property({ type: 'varchar', length: 200, nullable: true })
  endReason: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  constructor(person: LinkPerson, household: Household, linkedAt: string, linkedBy: string) {
    this.person = person;
    this.personName = person.name;
    this.personKind = person.kind;
    this.linkRole = person.linkRole;
    this.household = household;
    this.regionCode = household.regionCode;
    this.linkedAt = linkedAt;
    this.linkedBy = linkedBy;
  }
}
