import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { RegionRef } from '../region/region.ref';
import { type AnnualRating, type DepartureReason, type DispositionKind } from './member-vocabulary';
import { DepartureReasonEnum } from './party-member.object';

export const DispositionKindEnum: Record<DispositionKind, DispositionKind> = { SUSPENSION: 'SUSPENSION', RESTORATION: 'RESTORATION', REMOVAL: 'REMOVAL' };
registerEnumType(DispositionKindEnum, {
  name: 'DispositionKind',
  description: '组织处置 (organizational disposition of a member)',
  valuesMap: {
    SUSPENSION: { description: '停止党籍 (membership suspended)' },
    RESTORATION: { description: '恢复党籍 (suspended membership restored)' },
    REMOVAL: { description: '除名 (removed from the Party; the member leaves)' },
  },
});

export const AnnualRatingEnum: Record<AnnualRating, AnnualRating> = {
  EXCELLENT: 'EXCELLENT',
  QUALIFIED: 'QUALIFIED',
  BASICALLY_QUALIFIED: 'BASICALLY_QUALIFIED',
  UNQUALIFIED: 'UNQUALIFIED',
};
registerEnumType(AnnualRatingEnum, {
  name: 'AnnualRating',
  description: '民主评议等次 (rating of the annual democratic appraisal of members)',
  valuesMap: {
    EXCELLENT: { description: '优秀 (excellent)' },
    QUALIFIED: { description: '合格 (qualified)' },
    BASICALLY_QUALIFIED: { description: '基本合格 (basically qualified)' },
    UNQUALIFIED: { description: '不合格 (unqualified)' },
  },
});

@ObjectType('PartyMemberTransfer', { description: '组织关系转接 (a recorded transfer of a member between branches or villages)' })
export class MemberTransferObject {
  @Field(() => ID, { description: '转接记录编号 (transfer id)' })
  id!: string;

  @Field(() => RegionRef, { description: '转出村(社区) (the village the member came from)' })
  fromRegion!: RegionRef;

  @Field(() => RegionRef, { description: '转入村(社区) (the village the member moved to)' })
  region!: RegionRef;

  @Field(() => ID, { nullable: true, description: '转出党支部 (branch left; null when none)' })
  fromBranchId!: string | null;

  @Field(() => ID, { nullable: true, description: '转入党支部 (branch joined; null when none)' })
  toBranchId!: string | null;

  @Field(() => Boolean, { description: '转出时是否在村 (lived in the village before the transfer)' })
  fromInVillage!: boolean;

  @Field(() => Boolean, { description: '转入后是否在村 (lives in the village after the transfer; false: 流动党员)' })
  inVillage!: boolean;

  @Field(() => LocalDateScalar, { description: '转接日期 (date of the transfer)' })
  transferredAt!: string;

  @Field(() => String, { nullable: true, description: '备注 (note; *** for analysts)' })
  note!: string | null;

  @Field(() => String, { description: '记录人 (who recorded it)' })
  recordedBy!: string;

  @Field(() => String, { description: '记录时间 (when it was recorded, ISO 8601)' })
  recordedAt!: string;
}

@ObjectType('PartyMemberTransferConnection', { description: '组织关系转接分页列表 (a page of transfers)' })
export class MemberTransferConnection extends Connection(MemberTransferObject, 'PartyMemberTransfer') {}

@ObjectType('PartyMemberDeparture', { description: '党员离开记录 (a recorded departure: 转出, 去世, 退党, 除名...)' })
export class MemberDepartureObject {
  @Field(() => ID, { description: '离开记录编号 (departure id)' })
  id!: string;

  @Field(() => RegionRef, { description: '离开的村(社区) (the village the member left)' })
  region!: RegionRef;

  @Field(() => ID, { nullable: true, description: '离开的党支部 (branch left)' })
  branchId!: string | null;

  @Field(() => DepartureReasonEnum, { description: '离开原因 (reason)' })
  reason!: DepartureReason;

  @Field(() => LocalDateScalar, { description: '离开日期 (date left)' })
  leftAt!: string;

  @Field(() => String, { nullable: true, description: '备注 (note; *** for analysts)' })
  note!: string | null;

  @Field(() => String, { description: '记录人 (who recorded it)' })
  recordedBy!: string;

  @Field(() => String, { description: '记录时间 (when it was recorded, ISO 8601)' })
  recordedAt!: string;
}

@ObjectType('PartyMemberDisposition', { description: '组织处置记录 (a recorded disposition: 停止党籍, 恢复党籍, 除名)' })
export class MemberDispositionObject {
  @Field(() => ID, { description: '处置记录编号 (disposition id)' })
  id!: string;

  @Field(() => DispositionKindEnum, { description: '处置类型 (kind)' })
  kind!: DispositionKind;

  @Field(() => String, { description: '处置理由 (reason; *** for analysts)' })
  reason!: string;

  @Field(() => LocalDateScalar, { description: '决定日期 (date decided)' })
  decidedAt!: string;

  @Field(() => String, { description: '记录人 (who recorded it)' })
  recordedBy!: string;

  @Field(() => String, { description: '记录时间 (when it was recorded, ISO 8601)' })
  recordedAt!: string;
}

@ObjectType('PartyMemberDispositionConnection', { description: '组织处置分页列表 (a page of dispositions)' })
export class MemberDispositionConnection extends Connection(MemberDispositionObject, 'PartyMemberDisposition') {}

@ObjectType('PartyMemberAnnualRecord', { description: '党员年度纪实 (a member’s annual record for one year)' })
export class AnnualRecordObject {
  @Field(() => ID, { description: '纪实编号 (record id)' })
  id!: string;

  @Field(() => ID, { description: '党员编号 (member id)' })
  memberId!: string;

  @Field(() => Int, { description: '年度 (year)' })
  year!: number;

  @Field(() => AnnualRatingEnum, { nullable: true, description: '民主评议等次 (rating; null when not rated)' })
  rating!: AnnualRating | null;

  @Field(() => String, { description: '纪实内容 (what the member did that year; *** for analysts)' })
  summary!: string;

  @Field(() => String, { description: '记录人 (who recorded it)' })
  recordedBy!: string;

  @Field(() => String, { description: '记录时间 (when it was recorded, ISO 8601)' })
  recordedAt!: string;
}

@ObjectType('PartyMemberAnnualRecordConnection', { description: '年度纪实分页列表 (a page of annual records)' })
export class AnnualRecordConnection extends Connection(AnnualRecordObject, 'PartyMemberAnnualRecord') {}

@InputType({ description: '党员组织关系转接 (transfer a member to another branch or village within your scope)' })
export class TransferPartyMemberInput {
  @Field(() => ID, { description: '党员编号 (member id)' })
  memberId!: string;

  @Field(() => RegionCodeScalar, { description: '转入村(社区)代码 (12-digit destination village within your scope; the same village to change branch only)' })
  toRegionCode!: string;

  @Field(() => ID, { nullable: true, description: '转入党支部 (destination branch id)' })
  toBranchId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '转入后是否在村 (lives in the destination village; unchanged when omitted)' })
  inVillage?: boolean | null;

  @Field(() => LocalDateScalar, { description: '转接日期 (not in the future, not before the member entered the current branch)' })
  transferredAt!: string;

  @Field(() => String, { nullable: true, description: '备注 (note, up to 500 characters)' })
  note?: string | null;
}

@InputType({ description: '记录党员离开 (record that a member left: 转出, 去世, 退党, 开除党籍, 取消预备党员资格)' })
export class RecordPartyMemberDepartureInput {
  @Field(() => ID, { description: '党员编号 (member id)' })
  memberId!: string;

  @Field(() => DepartureReasonEnum, { description: '离开原因 (reason; REMOVED is recorded with a removal disposition)' })
  reason!: DepartureReason;

  @Field(() => LocalDateScalar, { description: '离开日期 (not in the future)' })
  leftAt!: string;

  @Field(() => String, { nullable: true, description: '备注 (note, up to 500 characters)' })
  note?: string | null;
}

@InputType({ description: '记录组织处置 (record a disposition: 停止党籍, 恢复党籍, 除名)' })
export class RecordPartyMemberDispositionInput {
  @Field(() => ID, { description: '党员编号 (member id)' })
  memberId!: string;

  @Field(() => DispositionKindEnum, { description: '处置类型 (kind)' })
  kind!: DispositionKind;

  @Field(() => String, { description: '处置理由 (reason, 1–500 characters)' })
  reason!: string;

  @Field(() => LocalDateScalar, { description: '决定日期 (not in the future)' })
  decidedAt!: string;
}

@InputType({ description: '记录年度纪实 (record a member’s annual record for one year)' })
export class RecordAnnualRecordInput {
  @Field(() => ID, { description: '党员编号 (member id)' })
  memberId!: string;

  @Field(() => Int, { description: '年度 (from the year joined to the current year; one record per year)' })
  year!: number;

  @Field(() => AnnualRatingEnum, { nullable: true, description: '民主评议等次 (rating, optional)' })
  rating?: AnnualRating | null;

  @Field(() => String, { description: '纪实内容 (1–2000 characters)' })
  summary!: string;
}
