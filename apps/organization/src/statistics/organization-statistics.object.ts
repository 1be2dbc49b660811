import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RegionCodeScalar } from '@grassroots/graphql';
import { WeakOrganizationCountsObject } from '../rectification/rectification.objects';

@ObjectType('CountByKey', { description: '分类计数 (a count for one value of a category)' })
export class CountByKeyObject {
  @Field({ description: '分类值 (the value counted, e.g. BRANCH, BASIC, FILED: see the category’s enum)' })
  key!: string;

  @Field(() => Int, { description: '数量 (how many)' })
  count!: number;
}

@ObjectType('OrganizationStatistics', {
  description: '组织建设统计 (the analysts’ figures for a region and everything under it, computed in the database)',
})
export class OrganizationStatisticsObject {
  @Field(() => RegionCodeScalar, { description: '统计范围 (the region counted: the one asked for, narrowed to your scope)' })
  within!: string;

  @Field(() => [CountByKeyObject], { description: '现有党组织按类别 (active party organizations by kind: COMMITTEE, GENERAL_BRANCH, BRANCH, GROUP)' })
  partyOrganizationsByKind!: CountByKeyObject[];

  @Field(() => [CountByKeyObject], { description: '现有党组织按形式 (active party organizations by form: STANDARD, JOINT_COMMITTEE, GRID_BRANCH...)' })
  partyOrganizationsByForm!: CountByKeyObject[];

  @Field(() => [CountByKeyObject], { description: '网格按层级 (grids by level: TOWNSHIP, WORK_AREA, VILLAGE, BASIC)' })
  gridsByLevel!: CountByKeyObject[];

  @Field(() => [CountByKeyObject], {
    description: '农村社会组织按备案状态 (social organizations by filing status: FILED 已备案; UNFILED, PENDING and REFUSED are not filed)',
  })
  socialOrganizationsByFilingStatus!: CountByKeyObject[];

  @Field(() => Int, { description: '已备案社会组织数 (social organizations filed 已备案)' })
  filedSocialOrganizations!: number;

  @Field(() => Int, { description: '未备案社会组织数 (social organizations not filed: unfiled, pending or refused)' })
  unfiledSocialOrganizations!: number;

  @Field(() => WeakOrganizationCountsObject, { description: '软弱涣散村整顿按状态 (weak-organization cases by state and contact level)' })
  weakOrganizations!: WeakOrganizationCountsObject;
}
