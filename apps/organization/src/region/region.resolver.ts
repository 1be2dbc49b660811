import { Args, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { ancestorRegionCodes, type RegionCode, type RegionLevel } from '@grassroots/kernel';
import { CurrentCaller, RequestContextArg, type SubgraphContext } from '@grassroots/subgraph';
import { type Region } from './region.entity';
import { toRegionObject } from './region.mapper';
import { RegionConnection, RegionLevelEnum, RegionObject } from './region.object';
import { regionLoader } from './region.loader';
import { RegionService } from './region.service';

@Resolver(() => RegionObject)
export class RegionResolver {
  constructor(private readonly regionService: RegionService) {}

  @Query(() => RegionObject, {
    description: '按代码查询行政区划 (one region by code; ancestors of your scope show their names, anything else outside it is NOT_FOUND)',
  })
  async region(
    @CurrentCaller() caller: Caller,
    @Args('code', { type: () => RegionCodeScalar, description: '行政区划代码' }) code: string,
  ): Promise<RegionObject> {
    return toRegionObject(await this.regionService.get(caller, code));
  }

  @Query(() => RegionConnection, { description: '查找行政区划 (regions within your scope, by level and name)' })
  async regions(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('level', { type: () => RegionLevelEnum, nullable: true, description: '层级' }) level?: RegionLevel | null,
    @Args('name', { type: () => String, nullable: true, description: '名称包含 (part of the short name)' }) name?: string | null,
  ): Promise<RegionConnection> {
    return toConnection(await this.regionService.search(caller, { within, level, name }, page), toRegionObject);
  }

  @ResolveField(() => RegionObject, { nullable: true, description: '上级区划 (parent region)' })
  async parent(@Parent() region: RegionObject, @RequestContextArg() context: SubgraphContext): Promise<RegionObject | null> {
    if (!region.parentCode) return null;
    const found = await this.loader(context).load(region.parentCode);
    return found ? toRegionObject(found) : null;
  }

  @ResolveField(() => [RegionObject], { description: '上级区划路径 (ancestors from the province down to the parent; names shown even above your scope)' })
  async ancestors(@Parent() region: RegionObject, @RequestContextArg() context: SubgraphContext): Promise<RegionObject[]> {
    const found = await this.loader(context).loadMany(ancestorRegionCodes(region.code as RegionCode));
    return found.filter((item): item is Region => Boolean(item) && !(item instanceof Error)).map(toRegionObject);
  }

  @ResolveField(() => RegionConnection, { description: '下级区划 (children within your scope)' })
  async children(@Parent() region: RegionObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<RegionConnection> {
    return toConnection(await this.regionService.children(caller, region.code, page), toRegionObject);
  }

  @ResolveReference()
  async resolveReference(reference: { code: string }, context: SubgraphContext): Promise<RegionObject | null> {
    const found = await this.loader(context).load(reference.code);
    return found ? toRegionObject(found) : null;
  }

  private loader(context: SubgraphContext) {
    return regionLoader(context, this.regionService);
  }
}
