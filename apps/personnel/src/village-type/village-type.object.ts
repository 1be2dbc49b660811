import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { enumOf, valuesMap } from '../cadre/cadre-enums.object';
import { RegionRef } from '../region/region.ref';
import { VILLAGE_TYPE_LABELS, type VillageType } from './village-type-vocabulary';

export const VillageTypeEnum = enumOf<VillageType>(VILLAGE_TYPE_LABELS);
registerEnumType(VillageTypeEnum, {
  name: 'VillageType',
  description: '村类型 (type of village cadres are sent to; WEAK_ORGANIZATION follows organization’s weak-organization cases)',
  valuesMap: valuesMap(VILLAGE_TYPE_LABELS),
});

@ObjectType('VillageTypePeriod', { description: '村类型记录 (a village’s type over a period; ended periods stay as history)' })
export class VillageTypePeriodObject {
  @Field(() => ID, { description: '记录编号 (id of the period)' })
  id!: string;

  @Field(() => RegionRef, { description: '村(社区) (the village)' })
  region!: RegionRef;

  @Field(() => VillageTypeEnum, { description: '村类型 (the type)' })
  villageType!: VillageType;

  @Field(() => LocalDateScalar, { description: '起始日期 (first day of the type)' })
  since!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '终止日期 (the first day the village no longer has the type; null while it has it)' })
  until!: string | null;

  @Field(() => String, { description: '设定人 (who set it: a user, or organization for a weak-organization case)' })
  setBy!: string;

  @Field(() => ID, { nullable: true, description: '软弱涣散整顿案件编号 (organization’s weak-organization case that set it; null when set by hand)' })
  caseId!: string | null;

  @Field(() => String, { nullable: true, description: '说明 (remarks when set)' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: '终止人 (who ended it; null while open)' })
  endedBy!: string | null;

  @Field(() => String, { nullable: true, description: '终止说明 (remarks when ended)' })
  endNote!: string | null;
}

@ObjectType('VillageTypePeriodConnection', { description: '村类型记录分页列表 (a page of village-type periods)' })
export class VillageTypePeriodConnection extends Connection(VillageTypePeriodObject, 'VillageTypePeriod') {}

@InputType({ description: '设定村类型 (give a village a type from a day)' })
export class SetVillageTypeInput {
  @Field(() => RegionCodeScalar, { description: '村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field(() => VillageTypeEnum, { description: '村类型 (any type but WEAK_ORGANIZATION, which follows organization’s weak-organization cases)' })
  villageType!: VillageType;

  @Field(() => LocalDateScalar, { description: '起始日期 (first day of the type; not in the future, not inside an earlier period of the type)' })
  since!: string;

  @Field(() => String, { nullable: true, description: '说明 (remarks, at most 500 characters)' })
  note?: string | null;
}

@InputType({ description: '终止村类型 (end a village’s current type; the period stays as history)' })
export class EndVillageTypeInput {
  @Field(() => RegionCodeScalar, { description: '村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field(() => VillageTypeEnum, { description: '村类型 (the type to end; not WEAK_ORGANIZATION, which ends when organization closes the case)' })
  villageType!: VillageType;

  @Field(() => LocalDateScalar, { description: '终止日期 (the first day the village no longer has the type; not before it began, not in the future)' })
  until!: string;

  @Field(() => String, { nullable: true, description: '说明 (remarks, at most 500 characters)' })
  note?: string | null;
}
