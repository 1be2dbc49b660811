import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { loaderFor, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { RegionRef } from '../region/region.ref';
import { batchedPage } from '../shared/batched-page';
import { type CadreProfile, CadreProfileService } from './cadre-profile.service';
import { toCadreObject, toCadreProfileObject } from './cadre.mapper';
import { CadreConnection, CadreProfileObject } from './cadre.object';
import { CadreService } from './cadre.service';
import { revealsPersonalData } from '../shared/personal-data';

// Personnel's cadre fields on the organization subgraph's Region.
@Resolver(() => RegionRef)
export class RegionCadresResolver {
  constructor(
    private readonly cadreService: CadreService,
    private readonly profiles: CadreProfileService,
  ) {}

  // The first page for hundreds of regions costs two SQL statements per code length.
  @ResolveField(() => CadreConnection, {
    description: '该区划内的在任村干部 (cadres holding an active post in this region and below, within your scope, by village then id)',
  })
  async cadres(@Parent() region: RegionRef, @Args() page: PageArgs, @RequestContextArg() context: SubgraphContext): Promise<CadreConnection> {
    const caller = userCallerOf(context);
    const found = await batchedPage(
      context,
      'region-cadres',
      region.code,
      page,
      (codes) => this.cadreService.firstActivePagesOfRegions(caller, codes, page.first),
      () => this.cadreService.list(caller, { within: region.code, activeOnly: true }, page),
    );
    const reveal = revealsPersonalData(caller);
    return toConnection(found, (cadre) => toCadreObject(cadre, reveal));
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
