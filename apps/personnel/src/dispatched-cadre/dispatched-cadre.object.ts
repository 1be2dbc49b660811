import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { enumOf, valuesMap } from '../cadre/cadre-enums.object';
import { RegionRef } from '../region/region.ref';
import { VillageTypeEnum } from '../village-type/village-type.object';
import { DISPATCHED_ROLE_LABELS, type DispatchedRole, type VillageType } from './dispatched-cadre-vocabulary';

export const DispatchedRoleEnum = enumOf<DispatchedRole>(DISPATCHED_ROLE_LABELS);
registerEnumType(DispatchedRoleEnum, { name: 'DispatchedRole', description: '驻村身份 (role of a dispatched cadre)', valuesMap: valuesMap(DISPATCHED_ROLE_LABELS) });

@ObjectType('DispatchedCadre', { description: '驻村干部 (a first secretary 第一书记 or work-team member 驻村工作队员 sent to a village)' })
@Directive('@key(fields: "id")')
export class DispatchedCadreObject {
  @Field(() => ID, { description: '选派编号 (assignment id)' })
  id!: string;

  @Field(() => String, { description: '姓名 (name; masked for analysts)' })
  name!: string;

  @Field(() => DispatchedRoleEnum, { description: '驻村身份 (role)' })
  role!: DispatchedRole;

  @Field(() => String, { description: '派出单位 (the sending department)' })
  sendingUnit!: string;

  @Field(() => RegionRef, { description: '驻点村(社区) (the village served)' })
  region!: RegionRef;

  @Field(() => VillageTypeEnum, {
    description: '选派时村类型 (the village’s type as the sending department recorded it when assigning; the village’s types over time are in villageTypes)',
  })
  villageType!: VillageType;

  @Field(() => LocalDateScalar, { description: '驻村开始日期 (first day)' })
  startDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '驻村结束日期 (last day; null while open-ended)' })
  endDate!: string | null;
}

@ObjectType('DispatchedCadreConnection', { description: '驻村干部分页列表 (a page of dispatched cadres)' })
export class DispatchedCadreConnection extends Connection(DispatchedCadreObject, 'DispatchedCadre') {}

@ObjectType('VillageWithoutFirstSecretary', {
  description: '未选派第一书记的村 (a village of a type with no first secretary on the day asked about; once per type it has)',
})
export class VillageWithoutFirstSecretaryObject {
  @Field(() => RegionRef, { description: '村(社区) (the village)' })
  region!: RegionRef;

  @Field(() => VillageTypeEnum, { description: '村类型 (a type the village has on the day asked about, from villageTypes)' })
  villageType!: VillageType;

  @Field(() => LocalDateScalar, { nullable: true, description: '上任第一书记结束日期 (last day of the previous first secretary; null if it never had one)' })
  lastFirstSecretaryEndDate!: string | null;
}

@ObjectType('VillageWithoutFirstSecretaryConnection', { description: '未选派第一书记的村分页列表 (a page of villages without a first secretary)' })
export class VillageWithoutFirstSecretaryConnection extends Connection(VillageWithoutFirstSecretaryObject, 'VillageWithoutFirstSecretary') {}

@InputType({ description: '选派驻村干部 (send a cadre to a village)' })
export class AssignDispatchedCadreInput {
  @Field(() => String, { description: '姓名 (1–50 characters)' })
  name!: string;

  @Field(() => DispatchedRoleEnum, { description: '驻村身份 (role; one first secretary per village at a time)' })
  role!: DispatchedRole;

  @Field(() => String, { description: '派出单位 (sending department, 1–100 characters)' })
  sendingUnit!: string;

  @Field(() => RegionCodeScalar, { description: '驻点村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field(() => VillageTypeEnum, { description: '选派时村类型 (the village’s type as recorded with this assignment; kept as it was, whatever villageTypes says later)' })
  villageType!: VillageType;

  @Field(() => LocalDateScalar, { description: '驻村开始日期 (first day)' })
  startDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '计划结束日期 (planned last day; optional)' })
  endDate?: string | null;
}
