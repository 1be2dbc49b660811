import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller, loaderFor, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { RegionRef } from '../region/region.ref';
import { type CadreProfile, CadreProfileService } from './cadre-profile.service';
import { toCadreObject, toCadreProfileObject } from './cadre.mapper';
import { CadreConnection, CadreProfileObject } from './cadre.object';
import { CadreService } from './cadre.service';
import { revealsPersonalData } from './personal-data.util';

// Personnel's cadre fields on the organization subgraph's Region.
@Resolver(() => RegionRef)
export class RegionCadresResolver {
  constructor(
    private readonly cadreService: CadreService,
    private readonly profiles: CadreProfileService,
  ) {}

  @ResolveField(() => CadreConnection, { description: '该区划内的在任村干部 (cadres holding an active post in this region and below, within your scope)' })
  async cadres(@Parent() region: RegionRef, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<CadreConnection> {
    const reveal = revealsPersonalData(caller);
    return toConnection(await this.cadreService.list(caller, { within: region.code, activeOnly: true }, page), (cadre) => toCadreObject(cadre, reveal));
  }

  @ResolveField(() => CadreProfileObject, {
    description: '村干部队伍结构 (profile of serving two-committee members in this region, within your scope; all regions of a response in one query)',
  })
  async cadreProfile(@Parent() region: RegionRef, @RequestContextArg() context: SubgraphContext): Promise<CadreProfileObject> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, CadreProfile>(context, 'cadre-profile', (codes) => this.profiles.profiles(caller, codes));
    return toCadreProfileObject(await loader.load(region.code));
  }
}
