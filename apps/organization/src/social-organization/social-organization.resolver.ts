import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller, masksPersonalData } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { regionLoader } from '../region/region.loader';
import { toRegionObject } from '../region/region.mapper';
import { RegionObject } from '../region/region.object';
import { RegionService } from '../region/region.service';
import { type FilingDecision, type FilingStatus } from './filing-status.util';
import { SocialActivityService } from './social-activity.service';
import { type SocialOrganizationKind } from './social-organization-kind';
import { socialOrganizationLoader } from './social-organization.loader';
import { toFilingTransitionObject, toSocialActivityReportObject, toSocialOrganizationObject } from './social-organization.mapper';
import {
  FilingDecisionEnum,
  FilingStatusEnum,
  FilingTransitionConnection,
  RegisterSocialOrganizationInput,
  SocialActivityReportConnection,
  SocialOrganizationConnection,
  SocialOrganizationKindEnum,
  SocialOrganizationObject,
} from './social-organization.object';
import { SocialOrganizationService } from './social-organization.service';

const WRITERS = 'Roles: civil-affairs, organization-dept, township-officer; village-cadre for their own village';

@Resolver(() => SocialOrganizationObject)
export class SocialOrganizationResolver {
  constructor(
    private readonly organizationService: SocialOrganizationService,
    private readonly activityService: SocialActivityService,
    private readonly regionService: RegionService,
  ) {}

  @Query(() => SocialOrganizationObject, { description: '按编号查询农村社会组织 (one social organization within your scope)' })
  async socialOrganization(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID, description: '组织编号' }) id: string) {
    return toSocialOrganizationObject(await this.organizationService.get(caller, id), masksPersonalData(caller));
  }

  @Query(() => SocialOrganizationConnection, { description: '农村社会组织列表 (social organizations within your scope, by village then name)' })
  async socialOrganizations(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
    @Args('kind', { type: () => SocialOrganizationKindEnum, nullable: true, description: '类别 (only this kind)' }) kind?: SocialOrganizationKind | null,
    @Args('filingStatus', { type: () => FilingStatusEnum, nullable: true, description: '备案状态 (only this status)' }) filingStatus?: FilingStatus | null,
  ): Promise<SocialOrganizationConnection> {
    return toConnection(await this.organizationService.list(caller, { within, kind, filingStatus }, page), (found) => toSocialOrganizationObject(found, masksPersonalData(caller)));
  }

  @Query(() => SocialOrganizationConnection, {
    description: '未备案农村社会组织 (organizations of a township not filed: 未备案, 待审 or 不予备案)',
  })
  async unfiledSocialOrganizations(
    @CurrentCaller() caller: Caller,
    @Args('township', { type: () => RegionCodeScalar, description: '乡镇(街道)代码 (a 9-digit township code within your scope)' }) township: string,
    @Args() page: PageArgs,
  ): Promise<SocialOrganizationConnection> {
    return toConnection(await this.organizationService.unfiled(caller, township, page), (found) => toSocialOrganizationObject(found, masksPersonalData(caller)));
  }

  @Mutation(() => SocialOrganizationObject, { description: `登记农村社会组织 (register a social organization as 未备案). ${WRITERS}` })
  async registerSocialOrganization(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RegisterSocialOrganizationInput, description: '组织信息' }) input: RegisterSocialOrganizationInput,
  ) {
    return toSocialOrganizationObject(await this.organizationService.register(caller, input), masksPersonalData(caller));
  }

  @Mutation(() => SocialOrganizationObject, {
    description: `提交备案 (submit an unfiled or refused organization for filing → 待审; CONFLICT from any other status). ${WRITERS}`,
  })
  async submitSocialOrganizationFiling(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '组织编号' }) id: string,
    @Args('note', { type: () => String, nullable: true, description: '说明 (note, up to 500 characters)' }) note?: string | null,
  ) {
    return toSocialOrganizationObject(await this.organizationService.submit(caller, id, note), masksPersonalData(caller));
  }

  @Mutation(() => SocialOrganizationObject, {
    description: `备案审核 (file or refuse a pending organization; a refusal needs a reason; CONFLICT unless 待审). ${WRITERS}`,
  })
  async decideSocialOrganizationFiling(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '组织编号' }) id: string,
    @Args('decision', { type: () => FilingDecisionEnum, description: '备案决定 (FILE or REFUSE)' }) decision: FilingDecision,
    @Args('reason', { type: () => String, nullable: true, description: '理由 (required to refuse; optional note to file; up to 500 characters)' })
    reason?: string | null,
  ) {
    return toSocialOrganizationObject(await this.organizationService.decide(caller, id, decision, reason), masksPersonalData(caller));
  }

  @ResolveField(() => RegionObject, { nullable: true, description: '所在村(社区) (the village)' })
  async region(@Parent() organization: SocialOrganizationObject, @RequestContextArg() context: SubgraphContext): Promise<RegionObject | null> {
    const found = await regionLoader(context, this.regionService).load(organization.regionCode);
    return found ? toRegionObject(found) : null;
  }

  @ResolveField(() => FilingTransitionConnection, { description: '备案记录 (filing steps, oldest first)' })
  async filingHistory(@Parent() organization: SocialOrganizationObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs) {
    return toConnection(await this.organizationService.history(caller, organization.id, page), toFilingTransitionObject);
  }

  @ResolveField(() => SocialActivityReportConnection, { description: '活动报备 (activity reports, latest activity first)' })
  async activityReports(@Parent() organization: SocialOrganizationObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs) {
    return toConnection(await this.activityService.ofOrganization(caller, organization.id, page), toSocialActivityReportObject);
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<SocialOrganizationObject | null> {
    const found = await socialOrganizationLoader(context, this.organizationService).load(reference.id.toLowerCase());
    return found ? toSocialOrganizationObject(found, masksPersonalData(userCallerOf(context))) : null;
  }
}
