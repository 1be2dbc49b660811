import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { LocalDateScalar, PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { toVillageTypePeriodObject } from './village-type.mapper';
import { EndVillageTypeInput, SetVillageTypeInput, VillageTypeEnum, VillageTypePeriodConnection, VillageTypePeriodObject } from './village-type.object';
import { VillageTypeService } from './village-type.service';
import { type VillageType } from './village-type-vocabulary';

@Resolver(() => VillageTypePeriodObject)
export class VillageTypeResolver {
  constructor(private readonly service: VillageTypeService) {}

  @Query(() => VillageTypePeriodConnection, { description: '村类型 (village types within your scope, by village; with history unless activeOn is given)' })
  async villageTypes(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('villageType', { type: () => VillageTypeEnum, nullable: true, description: '村类型 (only this type)' })
    villageType?: VillageType | null,
    @Args('activeOn', { type: () => LocalDateScalar, nullable: true, description: '有效日期 (only types the village had on this day)' })
    activeOn?: string | null,
  ): Promise<VillageTypePeriodConnection> {
    return toConnection(await this.service.list(caller, { within, villageType, activeOn }, page), toVillageTypePeriodObject);
  }

  @Mutation(() => VillageTypePeriodObject, { description: '设定村类型 (give a village a type from a day; recorded with who set it). Roles: organization-dept' })
  async setVillageType(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => SetVillageTypeInput, description: '村类型 (the village, type and first day)' }) input: SetVillageTypeInput,
  ): Promise<VillageTypePeriodObject> {
    return toVillageTypePeriodObject(await this.service.set(caller, input));
  }

  @Mutation(() => VillageTypePeriodObject, { description: '终止村类型 (end a village’s current type; the period stays as history). Roles: organization-dept' })
  async endVillageType(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => EndVillageTypeInput, description: '终止信息 (the village, type and end)' }) input: EndVillageTypeInput,
  ): Promise<VillageTypePeriodObject> {
    return toVillageTypePeriodObject(await this.service.end(caller, input));
  }
}
