import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { RegionObject } from '../region/region.object';
import { toPartyOrganizationObject } from './party-organization.mapper';
import { PartyOrganizationConnection } from './party-organization.object';
import { PartyOrganizationService } from './party-organization.service';

// Adds the organizations of a region to the Region type the region folder owns.
@Resolver(() => RegionObject)
export class RegionPartyOrganizationsResolver {
  constructor(private readonly organizations: PartyOrganizationService) {}

  @ResolveField(() => PartyOrganizationConnection, {
    description: '该区划内的党组织 (active party organizations in this region and below, within your scope, by region then name)',
  })
  async partyOrganizations(@Parent() region: RegionObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<PartyOrganizationConnection> {
    return toConnection(await this.organizations.list(caller, { within: region.code }, page), toPartyOrganizationObject);
  }
}
