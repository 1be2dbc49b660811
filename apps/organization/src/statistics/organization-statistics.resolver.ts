import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { RegionCodeScalar } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { RegionObject } from '../region/region.object';
import { OrganizationStatisticsObject } from './organization-statistics.object';
import { type OrganizationStatistics, OrganizationStatisticsService } from './organization-statistics.service';

function toObject(statistics: OrganizationStatistics): OrganizationStatisticsObject {
  const filed = statistics.socialOrganizationsByFilingStatus.find((row) => row.key === 'FILED')?.count ?? 0;
  const all = statistics.socialOrganizationsByFilingStatus.reduce((sum, row) => sum + row.count, 0);
  return Object.assign(new OrganizationStatisticsObject(), statistics, { filedSocialOrganizations: filed, unfiledSocialOrganizations: all - filed });
}

@Resolver(() => OrganizationStatisticsObject)
export class OrganizationStatisticsResolver {
  constructor(private readonly statistics: OrganizationStatisticsService) {}

  @Query(() => OrganizationStatisticsObject, { description: '组织建设统计 (counts for a region at any level; defaults to your scope)' })
  async organizationStatistics(
    @CurrentCaller() caller: Caller,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '统计范围 (a region within your scope)' }) within?: string | null,
  ): Promise<OrganizationStatisticsObject> {
    return toObject(await this.statistics.forRegion(caller, within));
  }
}

@Resolver(() => RegionObject)
export class RegionStatisticsResolver {
  constructor(private readonly statistics: OrganizationStatisticsService) {}

  @ResolveField(() => OrganizationStatisticsObject, { description: '组织建设统计 (the same figures for this region)' })
  async organizationStatistics(@Parent() region: RegionObject, @CurrentCaller() caller: Caller): Promise<OrganizationStatisticsObject> {
    return toObject(await this.statistics.forRegion(caller, region.code));
  }
}
