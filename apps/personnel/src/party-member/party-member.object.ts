import { Directive, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { RegionRef } from '../region/region.ref';

@ObjectType('PartyMember', { description: '党员 (a party member)' })
@Directive('@key(fields: "id")')
export class PartyMemberObject {
  @Field(() => ID, { description: '党员编号 (member id)' })
  id!: string;

  @Field({ description: '姓名 (name)' })
  name!: string;

  @Field(() => RegionRef, { description: '所在村(社区) (the village the member belongs to)' })
  region!: RegionRef;

  @Field(() => ID, { nullable: true, description: '所在党支部 (branch: a PartyOrganization id)' })
  branchId!: string | null;

  @Field(() => Boolean, { description: '是否在村 (lives in the village; false for a migrant member 流动党员)' })
  inVillage!: boolean;

  @Field(() => LocalDateScalar, { description: '入党日期 (date joined)' })
  joinedAt!: string;
}

@ObjectType('PartyMemberConnection', { description: '党员分页列表 (a page of party members)' })
export class PartyMemberConnection extends Connection(PartyMemberObject, 'PartyMember') {}

@InputType({ description: '登记党员 (register a party member)' })
export class RegisterPartyMemberInput {
  @Field({ description: '姓名 (1–50 characters)' })
  name!: string;

  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: '所在党支部 (branch id, optional)' })
  branchId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: '是否在村 (false for a migrant member 流动党员; default true)' })
  inVillage?: boolean;

  @Field(() => LocalDateScalar, { description: '入党日期 (date joined, not in the future)' })
  joinedAt!: string;
}
