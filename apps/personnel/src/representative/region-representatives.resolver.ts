import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { RegionRef } from '../region/region.ref';
import { masksPersonalData } from './personal-data.util';
import { toRepresentativeObject } from './representative.mapper';
import { VillageRepresentativeConnection } from './representative.object';
import { RepresentativeService } from './representative.service';

// Adds the representatives to the organization subgraph's Region (the reference itself is resolved in ../region).
@Resolver(() => RegionRef)
export class RegionRepresentativesResolver {
  constructor(private readonly representatives: RepresentativeService) {}

  @ResolveField(() => VillageRepresentativeConnection, {
    description: '该区划内的村民代表 (representatives of the villages in this region, within your scope; by village, then name)',
  })
  async villageRepresentatives(
    @Parent() region: RegionRef,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('includeFormer', { type: () => Boolean, nullable: true, defaultValue: false, description: '含已离任 (also replaced and resigned ones; default false)' })
    includeFormer: boolean,
  ): Promise<VillageRepresentativeConnection> {
    const masked = masksPersonalData(caller);
    return toConnection(await this.representatives.list(caller, region.code, includeFormer, page), (row) => toRepresentativeObject(row, masked));
  }
}
