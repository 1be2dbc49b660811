import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { ContactLevelEnum, EightRemedyEnum, PlanItemPartEnum, WeakOrganizationReasonEnum } from './rectification.enums';
import { type ContactLevel, type EightRemedy, type PlanItemPart, type WeakOrganizationReason } from './rectification.types';

@InputType('DesignateWeakOrganizationInput', { description: '认定软弱涣散村党组织 (designate a village party organization weak and slack)' })
export class DesignateWeakOrganizationInput {
  @Field(() => RegionCodeScalar, { description: '村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: '村党组织编号 (the village party organization, optional)' })
  organizationId?: string | null;

  @Field(() => [WeakOrganizationReasonEnum], { description: '软弱涣散原因 (at least one, each once)' })
  reasons!: WeakOrganizationReason[];

  @Field(() => String, { nullable: true, description: '其他原因 (required with OTHER, up to 200 characters)' })
  otherReason?: string | null;

  @Field(() => ContactLevelEnum, { description: '重点联系层级 (city-level B or county-level C)' })
  contactLevel!: ContactLevel;

  @Field(() => String, { description: '联系县领导 (name of the county leader who is the contact, 1–50 characters)' })
  contactLeaderName!: string;

  @Field(() => ID, { nullable: true, description: '联系县领导人员编号 (the leader’s personnel id, optional)' })
  contactLeaderPersonId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '认定日期 (default today; not in the future)' })
  designatedAt?: string | null;
}

@InputType('WeakOrganizationPlanItemInput', { description: '整改事项 (one line of a plan; a draft may leave parts empty, proposing needs them all)' })
export class PlanItemInput {
  @Field(() => String, { nullable: true, description: '存在问题 (the problem, up to 500 characters)' })
  problem?: string | null;

  @Field(() => String, { nullable: true, description: '整改措施 (the measure, up to 1000 characters)' })
  measure?: string | null;

  @Field(() => String, { nullable: true, description: '整改责任人 (the person responsible, up to 50 characters)' })
  responsiblePerson?: string | null;

  @Field(() => ID, { nullable: true, description: '责任人人员编号 (the responsible person’s personnel id, optional)' })
  responsiblePersonId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '整改时限 (deadline; not before the day the plan is proposed)' })
  deadline?: string | null;
}

@InputType('ReviewWeakOrganizationPlanInput', { description: '村民代表会议审议结果 (the villagers’ representatives’ meeting on a plan)' })
export class ReviewPlanInput {
  @Field(() => LocalDateScalar, { description: '会议日期 (not before the proposal, not in the future)' })
  heldOn!: string;

  @Field(() => Int, { description: '村民代表总数 (representatives of the village)' })
  representativeCount!: number;

  @Field(() => Int, { description: '到会人数 (at least two thirds of the representatives)' })
  attendance!: number;

  @Field(() => Int, { description: '赞成票数 (more than half of those attending passes the plan; otherwise it is returned)' })
  votesFor!: number;

  @Field(() => String, { nullable: true, description: '审议意见 (the representatives’ opinion, optional)' })
  opinion?: string | null;
}

@InputType('ApproveWeakOrganizationPlanInput', { description: '县委组织部审定 (the county organization department’s assessment and sign-off)' })
export class ApprovePlanInput {
  @Field(() => [EightRemedyEnum], { description: '八治 (the remedies the measures address; at least one, each once)' })
  remedies!: EightRemedy[];

  @Field(() => String, { nullable: true, description: '评估意见 (assessment opinion, optional)' })
  opinion?: string | null;
}

@InputType('WeakOrganizationPlanItemGapInput', { description: '事项缺项 (what one item of a returned plan lacks)' })
export class PlanItemGapInput {
  @Field(() => ID, { description: '事项编号 (an item of the plan)' })
  itemId!: string;

  @Field(() => [PlanItemPartEnum], { description: '缺项 (the parts missing or not good enough)' })
  missing!: PlanItemPart[];
}

@InputType('ReturnWeakOrganizationPlanInput', { description: '退回方案 (send a plan back for correction: 三个不放过)' })
export class ReturnPlanInput {
  @Field(() => String, { description: '退回原因 (the reason, 1–1000 characters)' })
  reason!: string;

  @Field(() => [PlanItemGapInput], { nullable: true, description: '逐项缺项 (per item, what is missing)' })
  items?: PlanItemGapInput[] | null;
}

@InputType('ReportRectificationProgressInput', { description: '整顿周报 (the weekly progress report of a case)' })
export class ReportProgressInput {
  @Field(() => ID, { description: '整顿编号 (the case)' })
  caseId!: string;

  @Field(() => String, { description: '周次 (an ISO week such as 2026-W48, or any date in the week)' })
  week!: string;

  @Field(() => String, { description: '进展情况 (what was done, 1–4000 characters)' })
  text!: string;

  @Field(() => [ID], { nullable: true, description: '本周完成事项 (items of the plan in force done this week; only while rectifying)' })
  itemIdsDone?: string[] | null;
}
