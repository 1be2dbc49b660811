import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { WeakOrganizationCase } from './weak-organization-case.entity';

// The weekly report 周报 of a key contact village: one per case and ISO week.
@Entity({ tableName: 'rectification_progress_report' })
@Index({
  name: 'rectification_progress_report_region_prefix_idx',
  expression:
    'create index "rectification_progress_report_region_prefix_idx" on "rectification_progress_report" ("region_code" varchar_pattern_ops, "id")',
})
@Unique({ name: 'rectification_progress_report_case_week_unique', properties: ['weakCase', 'week'] })
export class RectificationProgressReport {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => WeakOrganizationCase, fieldName: 'case_id' })
  weakCase: WeakOrganizationCase;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** ISO week, e.g. 2026-W48. */
  @Property({ type: 'varchar', length: 8 })
  week: string;

  /** The Monday of the week. */
  @Property({ type: 'date' })
  weekStart: string;

  @Property({ type: 'text' })
  text: string;

  /** Plan items this report marked done. */
  @Property({ type: 'json' })
  completedItemIds: Opt<string[]> = [];

  @Property({ type: 'varchar', length: 100 })
  reportedBy: string;

  @Property({ type: 'varchar', length: 50, nullable: true })
  reportedByName: string | null = null;

  @Property({ type: 'datetime' })
  reportedAt: Opt<Date> = new Date();

  constructor(weakCase: WeakOrganizationCase, week: string, weekStart: string, text: string, reportedBy: string) {
    this.weakCase = weakCase;
    this.regionCode = weakCase.regionCode;
    this.week = week;
    this.weekStart = weekStart;
    this.text = text;
    this.reportedBy = reportedBy;
  }
}
