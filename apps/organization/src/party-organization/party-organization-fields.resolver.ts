import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller, RequestContextArg, type SubgraphContext } from '@grassroots/subgraph';
import { type Region } from '../region/region.entity';
import { toRegionObject } from '../region/region.mapper';
import { RegionObject } from '../region/region.object';
import { PartyOrganizationLoaders } from './party-organization.loaders';
import { toPartyOrganizationChangeObject, toPartyOrganizationObject, toResidentUnitObject } from './party-organization.mapper';
import {
  PartyOrganizationChangeConnection,
  PartyOrganizationConnection,
  PartyOrganizationObject,
  ResidentUnitObject,
} from './party-organization.object';
import { PartyOrganizationService } from './party-organization.service';

// Links of an organization; everything read by key goes through the request's DataLoaders.
@Resolver(() => PartyOrganizationObject)
export class PartyOrganizationFieldsResolver {
  constructor(
    private readonly organizations: PartyOrganizationService,
    private readonly loaders: PartyOrganizationLoaders,
  ) {}

  @ResolveField(() => PartyOrganizationObject, { nullable: true, description: '上级党组织 (parent; null at the top level or outside your scope)' })
  async parent(@Parent() organization: PartyOrganizationObject, @RequestContextArg() context: SubgraphContext): Promise<PartyOrganizationObject | null> {
    if (!organization.parentId) return null;
    const parent = await this.loaders.organization(context).load(organization.parentId);
    return parent ? toPartyOrganizationObject(parent) : null;
  }

  @ResolveField(() => PartyOrganizationConnection, { description: '下级党组织 (direct children by name; active ones unless asked)' })
  async children(
    @Parent() organization: PartyOrganizationObject,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('includeDissolved', { type: () => Boolean, nullable: true, defaultValue: false, description: '含已撤销 (also dissolved ones)' })
    includeDissolved?: boolean | null,
  ): Promise<PartyOrganizationConnection> {
    return toConnection(await this.organizations.children(caller, organization.id, Boolean(includeDissolved), page), toPartyOrganizationObject);
  }

  @ResolveField(() => RegionObject, {
    nullable: true,
    description: '所在区划 (the region it sits in; null for a village group 村民小组, which the region tree does not hold)',
  })
  async region(@Parent() organization: PartyOrganizationObject, @RequestContextArg() context: SubgraphContext): Promise<RegionObject | null> {
    const region = await this.loaders.region(context).load(organization.regionCode);
    return region ? toRegionObject(region) : null;
  }

  @ResolveField(() => [RegionObject], { description: '联村村庄 (a joint committee’s villages, by code; empty for other forms)' })
  async memberRegions(@Parent() organization: PartyOrganizationObject, @RequestContextArg() context: SubgraphContext): Promise<RegionObject[]> {
    if (organization.form !== 'JOINT_COMMITTEE') return [];
    const rows = await this.loaders.memberRegions(context).load(organization.id);
    const regions = await this.loaders.region(context).loadMany(rows.map((row) => row.regionCode));
    return regions.filter((region): region is Region => Boolean(region) && !(region instanceof Error)).map(toRegionObject);
  }

  @ResolveField(() => [ResidentUnitObject], { description: '驻社区单位 (a community big committee’s resident units, by name; empty for other forms)' })
  async residentUnits(@Parent() organization: PartyOrganizationObject, @RequestContextArg() context: SubgraphContext): Promise<ResidentUnitObject[]> {
    if (organization.form !== 'COMMUNITY_BIG_COMMITTEE') return [];
    return (await this.loaders.residentUnits(context).load(organization.id)).map(toResidentUnitObject);
  }

  @ResolveField(() => PartyOrganizationChangeConnection, { description: '变更记录 (recorded changes, latest first)' })
  async changes(
    @Parent() organization: PartyOrganizationObject,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
  ): Promise<PartyOrganizationChangeConnection> {
    return toConnection(await this.organizations.history(caller, organization.id, page), toPartyOrganizationChangeObject);
  }
}
