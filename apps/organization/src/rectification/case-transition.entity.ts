import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { type CaseAction, type WeakOrganizationState } from './case-state.util';
import { type PlanState } from './plan-state.util';
import { RectificationPlan } from './rectification-plan.entity';
import { WeakOrganizationCase } from './weak-organization-case.entity';

// The ledger 台账 of a case: every step, who took it and when. Append-only; a serial id keeps the
// steps of one case in the order they were taken, even within one millisecond.
@Entity({ tableName: 'case_transition' })
@Index({
  name: 'case_transition_region_prefix_idx',
  expression: 'create index "case_transition_region_prefix_idx" on "case_transition" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'case_transition_case_idx', properties: ['weakCase', 'id'] })
export class CaseTransition {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => WeakOrganizationCase, fieldName: 'case_id' })
  weakCase: WeakOrganizationCase;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 24 })
  action: CaseAction;

  /** The case state before; null for the designation that created it. */
  @Property({ type: 'varchar', length: 16, nullable: true })
  fromState: WeakOrganizationState | null;

  @Property({ type: 'varchar', length: 16 })
  toState: WeakOrganizationState;

  @ManyToOne({ entity: () => RectificationPlan, nullable: true })
  plan: RectificationPlan | null = null;

  @Property({ type: 'varchar', length: 10, nullable: true })
  planFromState: PlanState | null = null;

  @Property({ type: 'varchar', length: 10, nullable: true })
  planToState: PlanState | null = null;

  @Property({ type: 'uuid', nullable: true })
  itemId: string | null = null;

  /** The caller's subject. */
  @Property({ type: 'varchar', length: 100 })
  actor: string;

  @Property({ type: 'varchar', length: 50, nullable: true })
  actorName: string | null = null;

  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  constructor(weakCase: WeakOrganizationCase, action: CaseAction, fromState: WeakOrganizationState | null, toState: WeakOrganizationState, actor: string) {
    this.weakCase = weakCase;
    this.regionCode = weakCase.regionCode;
    this.action = action;
    this.fromState = fromState;
    this.toState = toState;
    this.actor = actor;
  }
}
