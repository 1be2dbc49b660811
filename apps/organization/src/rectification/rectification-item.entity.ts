import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type PlanItemPart } from './rectification.types';
import { RectificationPlan } from './rectification-plan.entity';

// One line of a plan: the problem list, measure list and responsibility list 问题清单、措施清单、
// 责任清单 in one row. A draft may leave parts empty; proposing needs them all.
@Entity({ tableName: 'rectification_item' })
@Index({
  name: 'rectification_item_region_prefix_idx',
  expression: 'create index "rectification_item_region_prefix_idx" on "rectification_item" ("region_code" varchar_pattern_ops, "id")',
})
// The overdue list reads only open items by deadline.
@Index({
  name: 'rectification_item_open_deadline_idx',
  expression: 'create index "rectification_item_open_deadline_idx" on "rectification_item" ("deadline", "region_code") where "done_at" is null',
})
@Index({ name: 'rectification_item_plan_idx', properties: ['plan', 'position'] })
export class RectificationItem {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => RectificationPlan })
  plan: RectificationPlan;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** 序号, from 1. */
  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'text', nullable: true })
  problem: string | null = null;

  @Property({ type: 'text', nullable: true })
  measure: string | null = null;

  @Property({ type: 'varchar', length: 50, nullable: true })
  responsiblePerson: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  responsiblePersonId: string | null = null;

  @Property({ type: 'date', nullable: true })
  deadline: string | null = null;

  /** What the county marked missing when it last returned the plan. */
  @Property({ type: 'json' })
  returnedMissing: Opt<PlanItemPart[]> = [];

  @Property({ type: 'date', nullable: true })
  doneAt: string | null = null;

  @Property({ type: 'varchar', length: 100, nullable: true })
  doneBy: string | null = null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  constructor(plan: RectificationPlan, position: number) {
    this.plan = plan;
    this.regionCode = plan.regionCode;
    this.position = position;
  }
}
