import { Field, ID, InputType } from '@nestjs/graphql';
import { LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { type ChildrenHandling } from './party-organization-dissolution.service';
import { type PartyOrganizationForm, type PartyOrganizationKind } from './party-organization-hierarchy.util';
import { type ResidentUnitKind } from './party-organization-resident-unit.entity';
import { ChildrenHandlingEnum, PartyOrganizationFormEnum, PartyOrganizationKindEnum, ResidentUnitKindEnum } from './party-organization.object';

@InputType({ description: '驻社区单位 (a resident unit joining a community big committee)' })
export class ResidentUnitInput {
  @Field(() => String, { description: '单位名称 (1–100 characters, distinct within the committee)' })
  name!: string;

  @Field(() => ResidentUnitKindEnum, { description: '单位类别 (kind of unit)' })
  unitKind!: ResidentUnitKind;
}

@InputType({ description: '成立党组织 (set up a party organization)' })
export class CreatePartyOrganizationInput {
  @Field(() => String, { description: '名称 (1–100 characters, distinct among the active siblings)' })
  name!: string;

  @Field(() => PartyOrganizationKindEnum, {
    nullable: true,
    description: '类别 (rank; required for STANDARD, implied by every special form)',
  })
  kind?: PartyOrganizationKind | null;

  @Field(() => PartyOrganizationFormEnum, { nullable: true, defaultValue: 'STANDARD', description: '形态 (special form; default STANDARD)' })
  form?: PartyOrganizationForm | null;

  @Field(() => RegionCodeScalar, {
    description: '所在区划代码 (a region of the tree within your scope: county, township, village, or a 15-digit village group)',
  })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: '上级党组织编号 (parent; required for groups, grid branches and central households)' })
  parentId?: string | null;

  @Field(() => LocalDateScalar, { description: '成立日期 (date founded, not in the future)' })
  foundedAt!: string;

  @Field(() => ID, { nullable: true, description: '中心户党员编号 (CENTRAL_HOUSEHOLD only: the anchoring party member’s personnel id)' })
  anchorMemberId?: string | null;

  @Field(() => [RegionCodeScalar], {
    nullable: true,
    description: '联村村庄 (JOINT_COMMITTEE only: 2 to 30 village codes within the committee’s region)',
  })
  memberRegionCodes?: string[] | null;

  @Field(() => [ResidentUnitInput], { nullable: true, description: '驻社区单位 (COMMUNITY_BIG_COMMITTEE only: 1 to 100 resident units)' })
  residentUnits?: ResidentUnitInput[] | null;
}

@InputType({ description: '下级党组织处理 (what happens to the active children of the dissolved organization)' })
export class DissolveChildrenInput {
  @Field(() => ChildrenHandlingEnum, { description: '处理方式 (move them to the parent, to another organization, or dissolve them too)' })
  handling!: ChildrenHandling;

  @Field(() => ID, { nullable: true, description: '接收党组织编号 (MOVE_TO only: the organization that takes the children)' })
  targetParentId?: string | null;
}
