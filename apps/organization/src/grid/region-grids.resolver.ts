import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { RegionObject } from '../region/region.object';
import { type GridLevel } from './grid-level.util';
import { toGridObject } from './grid.mapper';
import { GridConnection, GridLevelEnum } from './grid.object';
import { GridService } from './grid.service';

@Resolver(() => RegionObject)
export class RegionGridsResolver {
  constructor(private readonly gridService: GridService) {}

  @ResolveField(() => GridConnection, { description: '该区划内的网格 (grids in this region and below, within your scope)' })
  async grids(
    @Parent() region: RegionObject,
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('level', { type: () => GridLevelEnum, nullable: true, description: '网格层级 (only grids of this level)' }) level?: GridLevel | null,
  ): Promise<GridConnection> {
    return toConnection(await this.gridService.list(caller, { within: region.code, level }, page), toGridObject);
  }
}
