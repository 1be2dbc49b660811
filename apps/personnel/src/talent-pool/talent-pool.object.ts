import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { enumOf, valuesMap } from '../cadre/cadre-enums.object';
import { RegionRef } from '../region/region.ref';
import { TALENT_KIND_LABELS, type TalentKind } from './talent-pool.rules';

export const TalentKindEnum = enumOf<TalentKind>(TALENT_KIND_LABELS);
registerEnumType(TalentKindEnum, { name: 'TalentKind', description: '人才类别 (kind of talent-pool record)', valuesMap: valuesMap(TALENT_KIND_LABELS) });

@ObjectType('TalentRecord', { description: '人才库记录 (a reserve cadre 村级后备人才, rural elite 乡贤 or volunteer 志愿者: who, where, since when)' })
@Directive('@key(fields: "id")')
export class TalentRecordObject {
  @Field(() => ID, { description: '记录编号 (record id)' })
  id!: string;

  @Field(() => TalentKindEnum, { description: '人才类别 (kind)' })
  kind!: TalentKind;

  @Field(() => String, { description: '姓名 (name; masked for analysts)' })
  name!: string;

  @Field(() => RegionRef, { description: '所在区划 (the township, village or village group)' })
  region!: RegionRef;

  @Field(() => LocalDateScalar, { description: '入库日期 (since)' })
  since!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '出库日期 (last day on the list; null while current)' })
  until!: string | null;

  @Field(() => String, { nullable: true, description: '备注 (remarks, e.g. speciality or council post; masked for analysts)' })
  note!: string | null;
}

@ObjectType('TalentRecordConnection', { description: '人才库分页列表 (a page of talent-pool records)' })
export class TalentRecordConnection extends Connection(TalentRecordObject, 'TalentRecord') {}

@ObjectType('TalentPoolCounts', { description: '人才库人数 (how many are current on a day, per kind, within your scope)' })
export class TalentPoolCountsObject {
  @Field(() => RegionRef, { description: '统计区划 (the region counted: the requested region, or your scope)' })
  region!: RegionRef;

  @Field(() => LocalDateScalar, { description: '统计日期 (the day counted)' })
  activeOn!: string;

  @Field(() => Int, { description: '村级后备人才 (reserve cadres)' })
  reserve!: number;

  @Field(() => Int, { description: '乡贤 (rural elites)' })
  ruralElite!: number;

  @Field(() => Int, { description: '志愿者 (volunteers)' })
  volunteer!: number;

  @Field(() => Int, { description: '合计 (total)' })
  total!: number;
}

@InputType({ description: '人才入库 (add a person to the talent pool)' })
export class AddTalentRecordInput {
  @Field(() => TalentKindEnum, { description: '人才类别 (kind)' })
  kind!: TalentKind;

  @Field(() => String, { description: '姓名 (1–50 characters)' })
  name!: string;

  @Field(() => RegionCodeScalar, { description: '所在区划代码 (a township, village or village group within your scope)' })
  regionCode!: string;

  @Field(() => LocalDateScalar, { description: '入库日期 (since, not in the future)' })
  since!: string;

  @Field(() => String, { nullable: true, description: '备注 (remarks, at most 500 characters)' })
  note?: string | null;
}
