import { Directive, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type RegionLevel } from '@grassroots/kernel';
import { Connection, RegionCodeScalar } from '@grassroots/graphql';
import { type Settlement } from './region.entity';

export const RegionLevelEnum: Record<RegionLevel, RegionLevel> = {
  PROVINCE: 'PROVINCE',
  CITY: 'CITY',
  COUNTY: 'COUNTY',
  TOWNSHIP: 'TOWNSHIP',
  VILLAGE: 'VILLAGE',
  VILLAGE_GROUP: 'VILLAGE_GROUP',
};
registerEnumType(RegionLevelEnum, {
  name: 'RegionLevel',
  description: '行政区划层级 (level of the region tree)',
  valuesMap: {
    PROVINCE: { description: '省 (province, 2-digit code)' },
    CITY: { description: '市 (city, 4-digit code)' },
    COUNTY: { description: '县(市、区) (county, 6-digit code)' },
    TOWNSHIP: { description: '乡镇(街道) (township or street, 9-digit code)' },
    VILLAGE: { description: '村(社区) (village or community, 12-digit code)' },
    VILLAGE_GROUP: { description: '村民小组(塆组) (village group, 15-digit code numbered by the platform under its village)' },
  },
});

export const SettlementEnum: Record<Settlement, Settlement> = { RURAL: 'RURAL', URBAN: 'URBAN' };
registerEnumType(SettlementEnum, {
  name: 'Settlement',
  description: '城乡属性 (rural village or urban community)',
  valuesMap: { RURAL: { description: '村 (rural village)' }, URBAN: { description: '社区 (urban community)' } },
});

@ObjectType('Region', { description: '行政区划 (a region of the tree: province, city, county, township, village)' })
@Directive('@key(fields: "code")')
export class RegionObject {
  @Field(() => RegionCodeScalar, { description: '行政区划代码 (canonical code of the level)' })
  code!: string;

  @Field({ description: '名称 (official name, e.g. 堰头垸村村民委员会)' })
  name!: string;

  @Field({ description: '简称 (short name, e.g. 堰头垸村)' })
  shortName!: string;

  @Field(() => RegionLevelEnum, { description: '层级 (level)' })
  level!: RegionLevel;

  @Field(() => RegionCodeScalar, { nullable: true, description: '上级区划代码 (parent code; null for a province)' })
  parentCode!: string | null;

  @Field(() => SettlementEnum, { nullable: true, description: '城乡属性 (village level only: 村 or 社区)' })
  settlement!: Settlement | null;

  @Field(() => Int, { nullable: true, description: '人口 (residents; null when unknown)' })
  population!: number | null;

  @Field(() => Int, { nullable: true, description: '户数 (households; null when unknown)' })
  households!: number | null;

  @Field(() => Int, { description: '党员数 (party members registered in this region itself, kept current from personnel events)' })
  partyMemberCount!: number;
}

@ObjectType('RegionConnection', { description: '行政区划分页列表 (a page of regions)' })
export class RegionConnection extends Connection(RegionObject, 'Region') {}
