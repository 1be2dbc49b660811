import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { LocalDateScalar, PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller, RequestContextArg, type SubgraphContext } from '@grassroots/subgraph';
import { RegionObject } from '../region/region.object';
import { RegionService } from '../region/region.service';
import { RectificationProgressService } from './rectification-progress.service';
import { loadVillage } from './rectification-region.loader';
import { viewOf } from './rectification-view';
import { ReportProgressInput } from './rectification.inputs';
import { toOverdueVillageObject, toPlanItemObject, toProgressReportObject } from './rectification.mapper';
import { OverdueVillageConnection, OverdueVillageObject, PlanItemObject, ProgressReportObject } from './rectification.objects';

@Resolver(() => ProgressReportObject)
export class RectificationProgressResolver {
  constructor(private readonly progress: RectificationProgressService) {}

  @Mutation(() => ProgressReportObject, {
    description:
      '填报整顿周报 (one report per case and ISO week, while RECTIFYING or CONSOLIDATING; may mark items done while RECTIFYING). ' +
      'Roles: organization-dept, township-officer',
  })
  async reportRectificationProgress(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => ReportProgressInput, description: '周报' }) input: ReportProgressInput,
  ): Promise<ProgressReportObject> {
    return toProgressReportObject(await this.progress.report(caller, input));
  }

  @Mutation(() => PlanItemObject, {
    description: '整改事项完成 (mark an item of the plan in force done, while the case is RECTIFYING). Roles: organization-dept, township-officer',
  })
  async markRectificationItemDone(
    @CurrentCaller() caller: Caller,
    @Args('itemId', { type: () => ID, description: '事项编号 (item id)' }) itemId: string,
    @Args('doneOn', { type: () => LocalDateScalar, nullable: true, description: '完成日期 (default today; not in the future)' }) doneOn?: string | null,
    @Args('note', { type: () => String, nullable: true, description: '说明 (optional note for the ledger)' }) note?: string | null,
  ): Promise<PlanItemObject> {
    return toPlanItemObject(await this.progress.markItemDone(caller, itemId, doneOn, note), viewOf(caller));
  }

  @Query(() => OverdueVillageConnection, {
    description: '整改逾期村 (villages whose plan in force has open items past their deadline, most overdue first; computed in the database)',
  })
  async overdueRectificationVillages(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
    @Args('asOf', { type: () => LocalDateScalar, nullable: true, description: '截至日期 (items with a deadline before this day are overdue; default today)' })
    asOf?: string | null,
  ): Promise<OverdueVillageConnection> {
    return toConnection(await this.progress.overdueVillages(caller, within, asOf, page), toOverdueVillageObject);
  }
}

@Resolver(() => OverdueVillageObject)
export class OverdueVillageResolver {
  constructor(private readonly regions: RegionService) {}

  @ResolveField(() => RegionObject, { nullable: true, description: '逾期村 (the village, with its name)' })
  region(@Parent() village: OverdueVillageObject, @RequestContextArg() context: SubgraphContext): Promise<RegionObject | null> {
    return loadVillage(context, this.regions, village.regionCode);
  }
}
