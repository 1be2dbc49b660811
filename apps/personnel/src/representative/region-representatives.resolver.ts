import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { RegionRef } from '../region/region.ref';
import { batchedPage } from '../shared/batched-page';
import { masksPersonalData } from '../shared/personal-data';
import { toRepresentativeObject } from './representative.mapper';
import { VillageRepresentativeConnection } from './representative.object';
import { RepresentativeService } from './representative.service';

// Adds the representatives to the organization subgraph's Region (the reference itself is resolved
// in ../region). The first page for hundreds of regions costs two SQL statements per code length.
@Resolver(() => RegionRef)
export class RegionRepresentativesResolver {
  constructor(private readonly representatives: RepresentativeService) {}

  @ResolveField(() => VillageRepresentativeConnection, {
    description: '该区划内的村民代表 (representatives of the villages in this region, within your scope; by village, then name)',
  })
  async villageRepresentatives(
    @Parent() region: RegionRef,
    @Args() page: PageArgs,
    @Args('includeFormer', { type: () => Boolean, nullable: true, defaultValue: false, description: '含已离任 (also replaced and resigned ones; default false)' })
    includeFormer: boolean | null,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<VillageRepresentativeConnection> {
    const caller = userCallerOf(context);
    const withFormer = includeFormer ?? false;
    const found = await batchedPage(
      context,
      `region-representatives:${withFormer}`,
      region.code,
      page,
      (codes) => this.representatives.firstPagesOfRegions(caller, codes, withFormer, page.first),
      () => this.representatives.list(caller, region.code, withFormer, page),
    );
    const masked = masksPersonalData(caller);
    return toConnection(found, (row) => toRepresentativeObject(row, masked));
  }
}
