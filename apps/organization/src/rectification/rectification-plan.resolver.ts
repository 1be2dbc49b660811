import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { RectificationPlanService } from './rectification-plan.service';
import { viewOf } from './rectification-view';
import { ApprovePlanInput, PlanItemInput, ReturnPlanInput, ReviewPlanInput } from './rectification.inputs';
import { toPlanItemObject, toPlanObject } from './rectification.mapper';
import { PlanItemConnection, PlanObject } from './rectification.objects';

const PLAN_ID = { type: () => ID, description: '方案编号 (plan id)' } as const;

@Resolver(() => PlanObject)
export class RectificationPlanResolver {
  constructor(private readonly plans: RectificationPlanService) {}

  @Query(() => PlanObject, { description: '按编号查询整顿方案 (one plan within your scope)' })
  async weakOrganizationPlan(@CurrentCaller() caller: Caller, @Args('id', PLAN_ID) id: string): Promise<PlanObject> {
    return toPlanObject(await this.plans.get(caller, id));
  }

  @Mutation(() => PlanObject, {
    description:
      '草拟或修改一村一策方案 (write the items of the case’s plan in force: creates the draft, or corrects a returned plan, ' +
      'which becomes a draft again; only while the case is DESIGNATED). Roles: organization-dept, township-officer',
  })
  async saveRectificationPlan(
    @CurrentCaller() caller: Caller,
    @Args('caseId', { type: () => ID, description: '整顿编号 (case id)' }) caseId: string,
    @Args('items', { type: () => [PlanItemInput], description: '整改事项 (every item of the plan, in order; replaces the items saved before)' })
    items: PlanItemInput[],
  ): Promise<PlanObject> {
    return toPlanObject(await this.plans.save(caller, caseId, items));
  }

  @Mutation(() => PlanObject, {
    description:
      '乡镇党委提出方案 (DRAFT → PROPOSED; refused with the missing parts of each item until every item has a problem, measure, ' +
      'responsible person and a deadline not before today). Roles: organization-dept, township-officer',
  })
  async proposeRectificationPlan(@CurrentCaller() caller: Caller, @Args('planId', PLAN_ID) planId: string): Promise<PlanObject> {
    return toPlanObject(await this.plans.propose(caller, planId));
  }

  @Mutation(() => PlanObject, {
    description:
      '记录村民代表会议审议 (PROPOSED → REVIEWED when more than half of those attending vote for it, otherwise RETURNED; ' +
      'two thirds must attend). Roles: organization-dept, township-officer',
  })
  async reviewRectificationPlan(
    @CurrentCaller() caller: Caller,
    @Args('planId', PLAN_ID) planId: string,
    @Args('input', { type: () => ReviewPlanInput, description: '审议结果' }) input: ReviewPlanInput,
  ): Promise<PlanObject> {
    return toPlanObject(await this.plans.review(caller, planId, input));
  }

  @Mutation(() => PlanObject, {
    description:
      '县委组织部审定 (REVIEWED → APPROVED after assessing against the eight remedies 八治; moves the case to PLAN_APPROVED). ' +
      'Role: organization-dept scoped to a county or above',
  })
  async approveRectificationPlan(
    @CurrentCaller() caller: Caller,
    @Args('planId', PLAN_ID) planId: string,
    @Args('input', { type: () => ApprovePlanInput, description: '审定意见' }) input: ApprovePlanInput,
  ): Promise<PlanObject> {
    return toPlanObject(await this.plans.approve(caller, planId, input));
  }

  @Mutation(() => PlanObject, {
    description:
      '退回方案 (PROPOSED or REVIEWED → RETURNED, with the reason and per item what is missing: 三个不放过). ' +
      'Role: organization-dept scoped to a county or above',
  })
  async returnRectificationPlan(
    @CurrentCaller() caller: Caller,
    @Args('planId', PLAN_ID) planId: string,
    @Args('input', { type: () => ReturnPlanInput, description: '退回原因与缺项' }) input: ReturnPlanInput,
  ): Promise<PlanObject> {
    return toPlanObject(await this.plans.return(caller, planId, input));
  }

  @ResolveField(() => PlanItemConnection, { description: '整改事项 (the items, in order)' })
  async items(@Parent() plan: PlanObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<PlanItemConnection> {
    const view = viewOf(caller);
    return toConnection(await this.plans.itemsOf(caller, plan.id, page), (item) => toPlanItemObject(item, view));
  }
}
