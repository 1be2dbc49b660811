import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { type CaseAction, type WeakOrganizationState } from './case-state.util';
import { type PlanState } from './plan-state.util';
import {
  CaseActionEnum,
  ContactLevelEnum,
  EightRemedyEnum,
  PlanItemPartEnum,
  PlanStateEnum,
  WeakOrganizationReasonEnum,
  WeakOrganizationStateEnum,
} from './rectification.enums';
import { type ContactLevel, type EightRemedy, type PlanItemPart, type WeakOrganizationReason } from './rectification.types';

@ObjectType('WeakOrganizationCase', { description: '软弱涣散村党组织整顿 (a weak village party organization under rectification: one case per village)' })
@Directive('@key(fields: "id")')
export class WeakOrganizationCaseObject {
  @Field(() => ID, { description: '整顿编号 (case id)' })
  id!: string;

  @Field(() => RegionCodeScalar, { description: '村(社区)代码 (the village)' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: '村党组织编号 (the village party organization, a PartyOrganization id, when known)' })
  organizationId!: string | null;

  @Field(() => [WeakOrganizationReasonEnum], { description: '软弱涣散原因 (reasons for the designation)' })
  reasons!: WeakOrganizationReason[];

  @Field(() => String, { nullable: true, description: '其他原因 (the reason OTHER in words)' })
  otherReason!: string | null;

  @Field(() => ContactLevelEnum, { description: '重点联系层级 (city-level B or county-level C key contact village)' })
  contactLevel!: ContactLevel;

  @Field(() => String, { description: '联系县领导 (the county leader who is the village’s contact; masked for analysts)' })
  contactLeaderName!: string;

  @Field(() => ID, { nullable: true, description: '联系县领导人员编号 (the contact leader’s personnel id, when known)' })
  contactLeaderPersonId!: string | null;

  @Field(() => WeakOrganizationStateEnum, { description: '整顿状态 (state)' })
  state!: WeakOrganizationState;

  @Field(() => Int, { description: '反复回潮次数 (times the case relapsed and reopened)' })
  relapseCount!: number;

  @Field(() => Int, { description: '整顿轮次 (the round of the plan in force: 1, and one more after each relapse)' })
  round!: number;

  @Field(() => LocalDateScalar, { description: '认定日期 (date designated)' })
  designatedAt!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '销号日期 (date of the last close-out; null while open or after a relapse)' })
  closedAt!: string | null;
}

@ObjectType('WeakOrganizationCaseConnection', { description: '软弱涣散村整顿分页列表 (a page of weak-organization cases)' })
export class WeakOrganizationCaseConnection extends Connection(WeakOrganizationCaseObject, 'WeakOrganizationCase') {}

@ObjectType('WeakOrganizationPlanReview', { description: '村民代表会议审议 (the villagers’ representatives’ review of a plan)' })
export class PlanReviewObject {
  @Field(() => LocalDateScalar, { description: '会议日期 (date of the meeting)' })
  heldOn!: string;

  @Field(() => Int, { description: '村民代表总数 (representatives of the village)' })
  representativeCount!: number;

  @Field(() => Int, { description: '到会人数 (representatives attending; two thirds needed)' })
  attendance!: number;

  @Field(() => Int, { description: '赞成票数 (votes in favour)' })
  votesFor!: number;

  @Field(() => Boolean, { description: '是否通过 (passed: more than half of those attending in favour)' })
  passed!: boolean;

  @Field(() => String, { nullable: true, description: '审议意见 (the representatives’ opinion)' })
  opinion!: string | null;
}

@ObjectType('WeakOrganizationPlan', { description: '一村一策整顿方案 (the one-village-one-plan of one round of a case)' })
export class PlanObject {
  @Field(() => ID, { description: '方案编号 (plan id)' })
  id!: string;

  @Field(() => ID, { description: '整顿编号 (the case)' })
  caseId!: string;

  @Field(() => Int, { description: '整顿轮次 (round: 1, then one more after each relapse)' })
  round!: number;

  @Field(() => PlanStateEnum, { description: '审批状态 (approval state)' })
  state!: PlanState;

  @Field(() => LocalDateScalar, { nullable: true, description: '乡镇党委提出日期 (date proposed by the township committee)' })
  proposedAt!: string | null;

  @Field(() => String, { nullable: true, description: '提出人 (who recorded the proposal)' })
  proposedBy!: string | null;

  @Field(() => PlanReviewObject, { nullable: true, description: '村民代表审议 (the representatives’ review, once held)' })
  review!: PlanReviewObject | null;

  @Field(() => [EightRemedyEnum], { description: '八治 (the remedies the county found the measures address; empty until approved)' })
  remedies!: EightRemedy[];

  @Field(() => String, { nullable: true, description: '县委组织部评估意见 (the county’s assessment opinion)' })
  assessmentOpinion!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '审定日期 (date signed off by the county)' })
  approvedAt!: string | null;

  @Field(() => String, { nullable: true, description: '审定人 (who signed off)' })
  approvedBy!: string | null;

  @Field(() => String, { nullable: true, description: '退回原因 (why the plan was last sent back)' })
  returnReason!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '退回日期 (date last sent back)' })
  returnedAt!: string | null;
}

@ObjectType('WeakOrganizationPlanConnection', { description: '整顿方案分页列表 (a page of plans)' })
export class PlanConnection extends Connection(PlanObject, 'WeakOrganizationPlan') {}

@ObjectType('WeakOrganizationPlanItem', { description: '整改事项 (one line of a plan: problem, measure, responsible person, deadline)' })
export class PlanItemObject {
  @Field(() => ID, { description: '事项编号 (item id)' })
  id!: string;

  @Field(() => ID, { description: '方案编号 (the plan)' })
  planId!: string;

  @Field(() => Int, { description: '序号 (position in the plan, from 1)' })
  position!: number;

  @Field(() => String, { nullable: true, description: '存在问题 (the problem)' })
  problem!: string | null;

  @Field(() => String, { nullable: true, description: '整改措施 (the measure)' })
  measure!: string | null;

  @Field(() => String, { nullable: true, description: '整改责任人 (the person responsible; masked for analysts)' })
  responsiblePerson!: string | null;

  @Field(() => ID, { nullable: true, description: '责任人人员编号 (the responsible person’s personnel id, when known)' })
  responsiblePersonId!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '整改时限 (deadline)' })
  deadline!: string | null;

  @Field(() => [PlanItemPartEnum], { description: '退回时指出的缺项 (what the county marked missing when it last returned the plan)' })
  returnedMissing!: PlanItemPart[];

  @Field(() => LocalDateScalar, { nullable: true, description: '完成日期 (date done; null while open)' })
  doneAt!: string | null;

  @Field(() => Boolean, { description: '是否逾期 (open and past its deadline today)' })
  overdue!: boolean;
}

@ObjectType('WeakOrganizationPlanItemConnection', { description: '整改事项分页列表 (a page of plan items)' })
export class PlanItemConnection extends Connection(PlanItemObject, 'WeakOrganizationPlanItem') {}

@ObjectType('WeakOrganizationProgressReport', { description: '整顿周报 (weekly progress report of a case)' })
export class ProgressReportObject {
  @Field(() => ID, { description: '周报编号 (report id)' })
  id!: string;

  @Field(() => ID, { description: '整顿编号 (the case)' })
  caseId!: string;

  @Field(() => String, { description: '周次 (ISO week, e.g. 2026-W48)' })
  week!: string;

  @Field(() => LocalDateScalar, { description: '周一日期 (the Monday of the week)' })
  weekStart!: string;

  @Field(() => String, { description: '进展情况 (what was done this week)' })
  text!: string;

  @Field(() => [ID], { description: '本周完成事项 (plan items this report marked done)' })
  completedItemIds!: string[];

  @Field(() => String, { description: '填报人 (who reported)' })
  reportedBy!: string;

  @Field(() => String, { description: '填报时间 (when, ISO 8601 instant)' })
  reportedAt!: string;
}

@ObjectType('WeakOrganizationProgressReportConnection', { description: '整顿周报分页列表 (a page of weekly reports)' })
export class ProgressReportConnection extends Connection(ProgressReportObject, 'WeakOrganizationProgressReport') {}

@ObjectType('WeakOrganizationTransition', { description: '整顿台账记录 (one step in a case’s ledger: what, who, when)' })
export class TransitionObject {
  @Field(() => ID, { description: '记录编号 (ledger row id, in the order the steps were taken)' })
  id!: string;

  @Field(() => CaseActionEnum, { description: '操作 (the step)' })
  action!: CaseAction;

  @Field(() => WeakOrganizationStateEnum, { nullable: true, description: '原状态 (case state before; null for the designation)' })
  fromState!: WeakOrganizationState | null;

  @Field(() => WeakOrganizationStateEnum, { description: '新状态 (case state after)' })
  toState!: WeakOrganizationState;

  @Field(() => ID, { nullable: true, description: '方案编号 (the plan, for plan steps)' })
  planId!: string | null;

  @Field(() => PlanStateEnum, { nullable: true, description: '方案原状态 (plan state before; null when the step created it)' })
  planFromState!: PlanState | null;

  @Field(() => PlanStateEnum, { nullable: true, description: '方案新状态 (plan state after)' })
  planToState!: PlanState | null;

  @Field(() => ID, { nullable: true, description: '事项编号 (the item, for an item done)' })
  itemId!: string | null;

  @Field(() => String, { description: '操作人 (who: the caller’s subject)' })
  actor!: string;

  @Field(() => String, { nullable: true, description: '操作人姓名 (the caller’s name; masked for analysts)' })
  actorName!: string | null;

  @Field(() => String, { description: '时间 (when, ISO 8601 instant)' })
  at!: string;

  @Field(() => String, { nullable: true, description: '说明 (note: reasons, votes, return reason ...)' })
  note!: string | null;
}

@ObjectType('WeakOrganizationTransitionConnection', { description: '整顿台账分页列表 (a page of ledger rows, oldest first)' })
export class TransitionConnection extends Connection(TransitionObject, 'WeakOrganizationTransition') {}

@ObjectType('OverdueRectificationVillage', { description: '整改逾期村 (a village with open plan items past their deadline)' })
export class OverdueVillageObject {
  @Field(() => RegionCodeScalar, { description: '村(社区)代码 (the village)' })
  regionCode!: string;

  @Field(() => ID, { description: '整顿编号 (the case)' })
  caseId!: string;

  @Field(() => ContactLevelEnum, { description: '重点联系层级 (contact level)' })
  contactLevel!: ContactLevel;

  @Field(() => Int, { description: '逾期事项数 (open items past their deadline)' })
  overdueItemCount!: number;

  @Field(() => LocalDateScalar, { description: '最早逾期时限 (the earliest missed deadline)' })
  earliestDeadline!: string;
}

@ObjectType('OverdueRectificationVillageConnection', { description: '整改逾期村分页列表 (a page of overdue villages, most overdue first)' })
export class OverdueVillageConnection extends Connection(OverdueVillageObject, 'OverdueRectificationVillage') {}

@ObjectType('WeakOrganizationCounts', { description: '软弱涣散村整顿统计 (cases by state and contact level, counted in the database)' })
export class WeakOrganizationCountsObject {
  @Field(() => Int, { description: '合计 (all cases)' })
  total!: number;

  @Field(() => Int, { description: '已认定 (DESIGNATED)' })
  designated!: number;

  @Field(() => Int, { description: '方案已批准 (PLAN_APPROVED)' })
  planApproved!: number;

  @Field(() => Int, { description: '整顿中 (RECTIFYING)' })
  rectifying!: number;

  @Field(() => Int, { description: '已销号 (CLOSED)' })
  closed!: number;

  @Field(() => Int, { description: '巩固提升 (CONSOLIDATING)' })
  consolidating!: number;

  @Field(() => Int, { description: '市级重点联系(B类) (city-level key contact villages)' })
  cityLevel!: number;

  @Field(() => Int, { description: '县级重点联系(C类) (county-level key contact villages)' })
  countyLevel!: number;

  @Field(() => Int, { description: '曾反复回潮 (cases that relapsed at least once)' })
  relapsed!: number;
}
