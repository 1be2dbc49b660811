import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type PlanState } from './plan-state.util';
import { type EightRemedy } from './rectification.types';
import { WeakOrganizationCase } from './weak-organization-case.entity';

// A one-village-one-plan 一村一策 for one round of a case (round 2 after the first relapse, ...),
// with what each approval step recorded.
@Entity({ tableName: 'rectification_plan' })
@Index({
  name: 'rectification_plan_region_prefix_idx',
  expression: 'create index "rectification_plan_region_prefix_idx" on "rectification_plan" ("region_code" varchar_pattern_ops, "id")',
})
@Unique({ name: 'rectification_plan_case_round_unique', properties: ['weakCase', 'round'] })
export class RectificationPlan {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => WeakOrganizationCase, fieldName: 'case_id' })
  weakCase: WeakOrganizationCase;

  /** The case's village, copied so the plan is scoped like every other row. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'integer' })
  round: number;

  @Property({ type: 'varchar', length: 10, default: 'DRAFT' })
  state: Opt<PlanState> = 'DRAFT';

  /** Proposed by the township committee 乡镇党委提出. */
  @Property({ type: 'date', nullable: true })
  proposedAt: string | null = null;

  @Property({ type: 'varchar', length: 100, nullable: true })
  proposedBy: string | null = null;

  /** The villagers' representatives' meeting 村民代表会议 that reviewed the plan. */
  @Property({ type: 'date', nullable: true })
  reviewHeldOn: string | null = null;

  @Property({ type: 'integer', nullable: true })
  representativeCount: number | null = null;

  @Property({ type: 'integer', nullable: true })
  attendance: number | null = null;

  @Property({ type: 'integer', nullable: true })
  votesFor: number | null = null;

  @Property({ type: 'text', nullable: true })
  reviewOpinion: string | null = null;

  /** The remedies 八治 the county found the measures address. */
  @Property({ type: 'json' })
  remedies: Opt<EightRemedy[]> = [];

  @Property({ type: 'text', nullable: true })
  assessmentOpinion: string | null = null;

  /** Signed off by the county organization department 县委组织部审定. */
  @Property({ type: 'date', nullable: true })
  approvedAt: string | null = null;

  @Property({ type: 'varchar', length: 100, nullable: true })
  approvedBy: string | null = null;

  /** Why the plan was last sent back 退回. */
  @Property({ type: 'text', nullable: true })
  returnReason: string | null = null;

  @Property({ type: 'date', nullable: true })
  returnedAt: string | null = null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(weakCase: WeakOrganizationCase, round: number) {
    this.weakCase = weakCase;
    this.regionCode = weakCase.regionCode;
    this.round = round;
  }
}
