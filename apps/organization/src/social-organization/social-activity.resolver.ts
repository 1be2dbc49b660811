import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, masksPersonalData } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { SocialActivityService } from './social-activity.service';
import { toSocialActivityReportObject, toSocialOrganizationObject } from './social-organization.mapper';
import { ReportSocialActivityInput, SocialActivityReportConnection, SocialActivityReportObject, SocialOrganizationObject } from './social-organization.object';
import { socialOrganizationLoader } from './social-organization.loader';
import { SocialOrganizationService } from './social-organization.service';

@Resolver(() => SocialActivityReportObject)
export class SocialActivityResolver {
  constructor(
    private readonly activityService: SocialActivityService,
    private readonly organizationService: SocialOrganizationService,
  ) {}

  @Query(() => SocialActivityReportConnection, {
    description: '逾期活动报备 (activity reports of a township made on or after the activity date, latest activity first)',
  })
  async lateActivityReports(
    @CurrentCaller() caller: Caller,
    @Args('township', { type: () => RegionCodeScalar, description: '乡镇(街道)代码 (a 9-digit township code within your scope)' }) township: string,
    @Args() page: PageArgs,
  ): Promise<SocialActivityReportConnection> {
    return toConnection(await this.activityService.late(caller, township, page), toSocialActivityReportObject);
  }

  @Mutation(() => SocialActivityReportObject, {
    description:
      '活动报备 (report a major activity of a filed organization; due before the activity date, a later report is accepted and flagged late; ' +
      'CONFLICT unless the organization is 已备案). Roles: civil-affairs, organization-dept, township-officer; village-cadre for their own village',
  })
  async reportSocialActivity(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => ReportSocialActivityInput, description: '报备信息' }) input: ReportSocialActivityInput,
  ): Promise<SocialActivityReportObject> {
    return toSocialActivityReportObject(await this.activityService.report(caller, input));
  }

  @ResolveField(() => SocialOrganizationObject, { nullable: true, description: '报备组织 (the reporting organization)' })
  async organization(@Parent() report: SocialActivityReportObject, @RequestContextArg() context: SubgraphContext): Promise<SocialOrganizationObject | null> {
    const found = await socialOrganizationLoader(context, this.organizationService).load(report.organizationId);
    return found ? toSocialOrganizationObject(found, masksPersonalData(userCallerOf(context))) : null;
  }
}
