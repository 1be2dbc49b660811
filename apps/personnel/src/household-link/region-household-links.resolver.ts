import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { LocalDateScalar } from '@grassroots/graphql';
import { shanghaiDate } from '@grassroots/kernel';
import { CurrentCaller, loaderFor, RequestContextArg, type SubgraphContext } from '@grassroots/subgraph';
import { RegionRef } from '../region/region.ref';
import { HouseholdLinkReportService } from './household-link-report.service';
import { toSummaryObject } from './household-link.mapper';
import { HouseholdLinkSummaryObject } from './household-link.object';
import { type HouseholdLinkSummary } from './household-link.repository';
import { visitMonthOf } from './household-visit.util';

// Adds household-link figures to the organization subgraph's Region (the reference itself is resolved in ../region).
@Resolver(() => RegionRef)
export class RegionHouseholdLinksResolver {
  constructor(private readonly reports: HouseholdLinkReportService) {}

  @ResolveField(() => HouseholdLinkSummaryObject, {
    description: '联户情况汇总 (households, linked households, active links and the month’s visits in this region, within your scope; one query for many regions)',
  })
  async householdLinkSummary(
    @Parent() region: RegionRef,
    @CurrentCaller() caller: Caller,
    @RequestContextArg() context: SubgraphContext,
    @Args('asOf', { type: () => LocalDateScalar, nullable: true, description: '截至日期 (the day whose month’s visits count; default today)' }) asOf?: string | null,
  ): Promise<HouseholdLinkSummaryObject> {
    const day = asOf ?? shanghaiDate();
    const loader = loaderFor<string, HouseholdLinkSummary>(context, `household-link-summary:${day}`, (codes) => this.reports.summaries(caller, codes, day));
    return toSummaryObject(await loader.load(region.code), visitMonthOf(day));
  }
}
