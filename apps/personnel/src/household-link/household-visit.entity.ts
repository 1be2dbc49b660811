import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { HouseholdLink } from './household-link.entity';
import { visitMonthOf } from './household-visit.util';

// A monthly visit 走访 of a linked household.
@Entity({ tableName: 'household_visit' })
@Index({
  name: 'household_visit_region_prefix_idx',
  expression: 'create index "household_visit_region_prefix_idx" on "household_visit" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'household_visit_month_idx', properties: ['visitMonth', 'regionCode'] })
// One visit per link per month, guarded by the database under concurrent writes.
@Unique({ name: 'household_visit_link_month_unique', properties: ['link', 'visitMonth'] })
export class HouseholdVisit {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => HouseholdLink, deleteRule: 'restrict' })
  link: HouseholdLink;

  @Property({ type: 'varchar', length: 15 })
  regionCode: string;

  @Property({ type: 'date' })
  visitedOn: string;

  /** YYYY-MM of `visitedOn`. */
  @Property({ type: 'char', length: 7 })
  visitMonth: string;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Property({ type: 'varchar', length: 200 })
  recordedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(link: HouseholdLink, visitedOn: string, note: string | null, recordedBy: string) {
    this.link = link;
    this.regionCode = link.regionCode;
    this.visitedOn = visitedOn;
    this.visitMonth = visitMonthOf(visitedOn);
    this.note = note;
    this.recordedBy = recordedBy;
  }
}
