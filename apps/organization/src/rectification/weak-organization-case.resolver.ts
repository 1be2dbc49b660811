import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { byKeys, CurrentCaller, loaderFor, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { RegionObject } from '../region/region.object';
import { RegionService } from '../region/region.service';
import { type WeakOrganizationState } from './case-state.util';
import { RectificationPlanService } from './rectification-plan.service';
import { RectificationProgressService } from './rectification-progress.service';
import { loadVillage } from './rectification-region.loader';
import { viewOf } from './rectification-view';
import { ContactLevelEnum, WeakOrganizationStateEnum } from './rectification.enums';
import { DesignateWeakOrganizationInput } from './rectification.inputs';
import { toCaseObject, toPlanObject, toProgressReportObject, toTransitionObject } from './rectification.mapper';
import {
  PlanConnection,
  PlanObject,
  ProgressReportConnection,
  TransitionConnection,
  WeakOrganizationCaseConnection,
  WeakOrganizationCaseObject,
  WeakOrganizationCountsObject,
} from './rectification.objects';
import { type ContactLevel } from './rectification.types';
import { type RectificationPlan } from './rectification-plan.entity';
import { type WeakOrganizationCase } from './weak-organization-case.entity';
import { WeakOrganizationCaseService } from './weak-organization-case.service';

const NOTE = { type: () => String, nullable: true, description: '说明 (optional note for the ledger, up to 1000 characters)' } as const;
const CASE_ID = { type: () => ID, description: '整顿编号 (case id)' } as const;

@Resolver(() => WeakOrganizationCaseObject)
export class WeakOrganizationCaseResolver {
  constructor(
    private readonly cases: WeakOrganizationCaseService,
    private readonly plans: RectificationPlanService,
    private readonly progress: RectificationProgressService,
    private readonly regions: RegionService,
  ) {}

  @Query(() => WeakOrganizationCaseObject, { description: '按编号查询软弱涣散村整顿 (one case within your scope)' })
  async weakOrganizationCase(@CurrentCaller() caller: Caller, @Args('id', CASE_ID) id: string): Promise<WeakOrganizationCaseObject> {
    return toCaseObject(await this.cases.get(caller, id), viewOf(caller));
  }

  @Query(() => WeakOrganizationCaseConnection, { description: '软弱涣散村整顿列表 (cases within your scope, by village)' })
  async weakOrganizationCases(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
    @Args('state', { type: () => WeakOrganizationStateEnum, nullable: true, description: '整顿状态 (only cases in this state)' })
    state?: WeakOrganizationState | null,
    @Args('contactLevel', { type: () => ContactLevelEnum, nullable: true, description: '重点联系层级 (only B or only C villages)' })
    contactLevel?: ContactLevel | null,
  ): Promise<WeakOrganizationCaseConnection> {
    const view = viewOf(caller);
    return toConnection(await this.cases.list(caller, { within, state, contactLevel }, page), (weakCase) => toCaseObject(weakCase, view));
  }

  @Query(() => WeakOrganizationCountsObject, { description: '软弱涣散村整顿统计 (cases by state and contact level within your scope, counted in the database)' })
  async weakOrganizationCounts(
    @CurrentCaller() caller: Caller,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
  ): Promise<WeakOrganizationCountsObject> {
    return Object.assign(new WeakOrganizationCountsObject(), await this.cases.counts(caller, within));
  }

  @Mutation(() => WeakOrganizationCaseObject, {
    description:
      '认定软弱涣散村党组织 (designate a village; one open case per village; publishes organization.weak-village.designated.v1). ' +
      'Role: organization-dept scoped to a county or above',
  })
  async designateWeakOrganization(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => DesignateWeakOrganizationInput, description: '认定信息' }) input: DesignateWeakOrganizationInput,
  ): Promise<WeakOrganizationCaseObject> {
    return toCaseObject(await this.cases.designate(caller, input), viewOf(caller));
  }

  @Mutation(() => WeakOrganizationCaseObject, {
    description: '启动整顿 (PLAN_APPROVED → RECTIFYING). Roles: organization-dept, township-officer',
  })
  async startRectification(
    @CurrentCaller() caller: Caller,
    @Args('caseId', CASE_ID) caseId: string,
    @Args('note', NOTE) note?: string | null,
  ): Promise<WeakOrganizationCaseObject> {
    return toCaseObject(await this.cases.startRectification(caller, caseId, note), viewOf(caller));
  }

  @Mutation(() => WeakOrganizationCaseObject, {
    description:
      '销号 (RECTIFYING → CLOSED, only when every item is done; publishes organization.weak-village.closed.v1). ' +
      'Role: organization-dept scoped to a county or above',
  })
  async closeWeakOrganizationCase(
    @CurrentCaller() caller: Caller,
    @Args('caseId', CASE_ID) caseId: string,
    @Args('note', NOTE) note?: string | null,
  ): Promise<WeakOrganizationCaseObject> {
    return toCaseObject(await this.cases.close(caller, caseId, note), viewOf(caller));
  }

  @Mutation(() => WeakOrganizationCaseObject, {
    description: '巩固提升 (CLOSED → CONSOLIDATING). Roles: organization-dept, township-officer',
  })
  async startConsolidation(
    @CurrentCaller() caller: Caller,
    @Args('caseId', CASE_ID) caseId: string,
    @Args('note', NOTE) note?: string | null,
  ): Promise<WeakOrganizationCaseObject> {
    return toCaseObject(await this.cases.startConsolidation(caller, caseId, note), viewOf(caller));
  }

  @Mutation(() => WeakOrganizationCaseObject, {
    description:
      '反复回潮 (CLOSED or CONSOLIDATING → DESIGNATED: the case reopens and needs a new plan; publishes organization.weak-village.relapsed.v1). ' +
      'Role: organization-dept scoped to a county or above',
  })
  async reportRelapse(
    @CurrentCaller() caller: Caller,
    @Args('caseId', CASE_ID) caseId: string,
    @Args('reason', { type: () => String, description: '回潮原因 (what came back, 1–1000 characters)' }) reason: string,
  ): Promise<WeakOrganizationCaseObject> {
    return toCaseObject(await this.cases.reportRelapse(caller, caseId, reason), viewOf(caller));
  }

  @ResolveField(() => RegionObject, { nullable: true, description: '所在村(社区) (the village)' })
  async region(@Parent() weakCase: WeakOrganizationCaseObject, @RequestContextArg() context: SubgraphContext): Promise<RegionObject | null> {
    return loadVillage(context, this.regions, weakCase.regionCode);
  }

  @ResolveField(() => PlanObject, { nullable: true, description: '现行整顿方案 (the plan of the current round; null until drafted)' })
  async plan(@Parent() weakCase: WeakOrganizationCaseObject, @RequestContextArg() context: SubgraphContext): Promise<PlanObject | null> {
    const caller = userCallerOf(context);
    const key = (id: string, round: number) => `${id}:${round}`;
    const loader = loaderFor<string, RectificationPlan | null>(context, 'rectification-current-plan', async (keys) => {
      const cases = keys.map((joined) => ({ id: joined.split(':')[0], round: Number(joined.split(':')[1]) }));
      return byKeys(keys, await this.plans.currentPlans(caller, cases), (plan) => key(plan.weakCase.id, plan.round));
    });
    const plan = await loader.load(key(weakCase.id, weakCase.round));
    return plan ? toPlanObject(plan) : null;
  }

  @ResolveField('plans', () => PlanConnection, { description: '历次整顿方案 (the plans of every round, latest first)' })
  async planHistory(@Parent() weakCase: WeakOrganizationCaseObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<PlanConnection> {
    return toConnection(await this.plans.plansOf(caller, weakCase.id, page), toPlanObject);
  }

  @ResolveField(() => TransitionConnection, { description: '整顿台账 (every step of the case: what, who, when; oldest first)' })
  async transitions(@Parent() weakCase: WeakOrganizationCaseObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<TransitionConnection> {
    const view = viewOf(caller);
    return toConnection(await this.cases.history(caller, weakCase.id, page), (row) => toTransitionObject(row, view));
  }

  @ResolveField(() => ProgressReportConnection, { description: '整顿周报 (weekly progress reports, latest week first)' })
  async progressReports(
    @Parent() weakCase: WeakOrganizationCaseObject,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
  ): Promise<ProgressReportConnection> {
    return toConnection(await this.progress.reportsOf(caller, weakCase.id, page), toProgressReportObject);
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<WeakOrganizationCaseObject | null> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, WeakOrganizationCase | null>(context, 'weak-organization-case', async (ids) =>
      byKeys(ids, await this.cases.getMany(caller, ids), (weakCase) => weakCase.id),
    );
    const weakCase = await loader.load(reference.id.toLowerCase());
    return weakCase ? toCaseObject(weakCase, viewOf(caller)) : null;
  }
}
