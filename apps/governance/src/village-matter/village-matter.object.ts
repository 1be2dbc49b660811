import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, MoneyScalar, RegionCodeScalar } from '@grassroots/graphql';
import { RegionRef } from '../region/region.ref';
import { type MatterCategory } from './matter-category.util';
import { type MatterTier, type ProcedureStep } from './matter-tier.util';

export const MatterCategoryEnum: Record<MatterCategory, MatterCategory> = {
  MAJOR_DECISION: 'MAJOR_DECISION',
  PROJECT_TENDER: 'PROJECT_TENDER',
  FINANCE: 'FINANCE',
  STAFFING: 'STAFFING',
  ASSET_DISPOSAL: 'ASSET_DISPOSAL',
  OTHER: 'OTHER',
};
registerEnumType(MatterCategoryEnum, {
  name: 'MatterCategory',
  description: '村级事务类别 (category of a village matter)',
  valuesMap: {
    MAJOR_DECISION: { description: '重大决策 (major decision)' },
    PROJECT_TENDER: { description: '项目招投标 (project tender)' },
    FINANCE: { description: '财务管理 (financial management)' },
    STAFFING: { description: '人事安排 (staffing)' },
    ASSET_DISPOSAL: { description: '集体资产处置 (disposal of collective assets)' },
    OTHER: { description: '其他事务 (other matters)' },
  },
});

export const MatterTierEnum: Record<MatterTier, MatterTier> = { MAJOR: 'MAJOR', GENERAL: 'GENERAL', MINOR: 'MINOR' };
registerEnumType(MatterTierEnum, {
  name: 'MatterTier',
  description: '事务等级 (tier of a village matter by amount; decides its procedure)',
  valuesMap: {
    MAJOR: { description: '重大事务 (20,000 yuan or more: 四议两公开)' },
    GENERAL: { description: '一般事务 (2,000 yuan up to 20,000: enlarged two-committee meeting before and after)' },
    MINOR: { description: '小额事务 (below 2,000 yuan: two-committee confirmation)' },
  },
});

export const ProcedureStepEnum: Record<ProcedureStep, ProcedureStep> = {
  PROPOSAL: 'PROPOSAL',
  DISCUSSION: 'DISCUSSION',
  REVIEW: 'REVIEW',
  RESOLUTION: 'RESOLUTION',
  RESOLUTION_PUBLIC: 'RESOLUTION_PUBLIC',
  RESULT_PUBLIC: 'RESULT_PUBLIC',
  ENLARGED_MEETING_BEFORE: 'ENLARGED_MEETING_BEFORE',
  ENLARGED_MEETING_AFTER: 'ENLARGED_MEETING_AFTER',
  TWO_COMMITTEE_CONFIRMATION: 'TWO_COMMITTEE_CONFIRMATION',
};
registerEnumType(ProcedureStepEnum, {
  name: 'MatterProcedureStep',
  description: '议事程序步骤 (a step of the procedure a village matter must follow)',
  valuesMap: {
    PROPOSAL: { description: '提议 (the village party organization proposes)' },
    DISCUSSION: { description: '商议 (two-committee meeting discusses)' },
    REVIEW: { description: '审议 (party-member meeting reviews)' },
    RESOLUTION: { description: '决议 (villagers’ representative meeting resolves)' },
    RESOLUTION_PUBLIC: { description: '决议公开 (the resolution is made public)' },
    RESULT_PUBLIC: { description: '实施结果公开 (the result of implementation is made public)' },
    ENLARGED_MEETING_BEFORE: { description: '两委扩大会议事前商议 (enlarged two-committee meeting before)' },
    ENLARGED_MEETING_AFTER: { description: '两委扩大会议事后确认 (enlarged two-committee meeting after)' },
    TWO_COMMITTEE_CONFIRMATION: { description: '两委确认 (two-committee confirmation)' },
  },
});

@ObjectType('VillageMatter', { description: '村级事务 (a matter a village decides by its procedure)' })
@Directive('@key(fields: "id")')
export class VillageMatterObject {
  @Field(() => ID, { description: '事务编号 (matter id)' })
  id!: string;

  @Field(() => RegionRef, { description: '所在村(社区) (the village deciding the matter)' })
  region!: RegionRef;

  @Field({ description: '事务名称 (title)' })
  title!: string;

  @Field(() => MatterCategoryEnum, { description: '事务类别 (category)' })
  category!: MatterCategory;

  @Field(() => MoneyScalar, { description: '涉及金额 (amount in yuan)' })
  amount!: number;

  @Field(() => MatterTierEnum, { description: '事务等级 (tier, from the amount)' })
  tier!: MatterTier;

  @Field(() => [ProcedureStepEnum], { description: '应履行的议事程序 (the steps the tier requires, in order; none may be skipped)' })
  procedure!: ProcedureStep[];

  @Field(() => LocalDateScalar, { description: '提出日期 (date proposed)' })
  proposedAt!: string;
}

@ObjectType('VillageMatterConnection', { description: '村级事务分页列表 (a page of village matters)' })
export class VillageMatterConnection extends Connection(VillageMatterObject, 'VillageMatter') {}

@InputType({ description: '提出村级事务 (propose a village matter)' })
export class ProposeVillageMatterInput {
  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field({ description: '事务名称 (title, 1–200 characters)' })
  title!: string;

  @Field(() => MatterCategoryEnum, { description: '事务类别 (category)' })
  category!: MatterCategory;

  @Field(() => MoneyScalar, { description: '涉及金额 (amount in yuan, 0.00 or more; decides the tier)' })
  amount!: number;

  @Field(() => LocalDateScalar, { nullable: true, description: '提出日期 (date proposed, not in the future; defaults to today)' })
  proposedAt?: string | null;
}
