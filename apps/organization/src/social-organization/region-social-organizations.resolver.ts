import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, masksPersonalData } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { RegionObject } from '../region/region.object';
import { type FilingStatus } from './filing-status.util';
import { type SocialOrganizationKind } from './social-organization-kind';
import { toSocialOrganizationObject } from './social-organization.mapper';
import { FilingStatusEnum, SocialOrganizationConnection, SocialOrganizationKindEnum } from './social-organization.object';
import { SocialOrganizationService } from './social-organization.service';

@Resolver(() => RegionObject)
export class RegionSocialOrganizationsResolver {
  constructor(private readonly organizationService: SocialOrganizationService) {}

  @ResolveField(() => SocialOrganizationConnection, { description: '该区划内的农村社会组织 (social organizations in this region and below, within your scope)' })
  async socialOrganizations(
    @Parent() region: RegionObject,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('kind', { type: () => SocialOrganizationKindEnum, nullable: true, description: '类别 (only this kind)' }) kind?: SocialOrganizationKind | null,
    @Args('filingStatus', { type: () => FilingStatusEnum, nullable: true, description: '备案状态 (only this status)' }) filingStatus?: FilingStatus | null,
  ): Promise<SocialOrganizationConnection> {
    return toConnection(await this.organizationService.list(caller, { within: region.code, kind, filingStatus }, page), (found) => toSocialOrganizationObject(found, masksPersonalData(caller)));
  }
}
