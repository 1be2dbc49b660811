import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { type Gender } from '../party-member/id-number.util';
import { GenderEnum } from '../party-member/party-member.object';
import { PartyOrganizationRef } from '../party-member/party-organization.ref';
import { type SealedField } from '../party-member/sensitive-field.service';
import { RegionRef } from '../region/region.ref';
import { type PipelineStage } from './pipeline-stage.util';

export const PipelineStageEnum: Record<PipelineStage, PipelineStage> = {
  APPLICANT: 'APPLICANT',
  ACTIVIST: 'ACTIVIST',
  CANDIDATE: 'CANDIDATE',
  PROBATIONARY: 'PROBATIONARY',
  FULL: 'FULL',
};
registerEnumType(PipelineStageEnum, {
  name: 'PipelineStage',
  description: '发展党员阶段 (stage of the membership pipeline; one step at a time, none skipped)',
  valuesMap: {
    APPLICANT: { description: '入党申请人 (applicant, 18 or older)' },
    ACTIVIST: { description: '入党积极分子 (activist, chosen by the branch committee; at least one year before candidacy)' },
    CANDIDATE: { description: '发展对象 (candidate, with two sponsors 入党介绍人)' },
    PROBATIONARY: { description: '预备党员 (probationary member, admitted by a branch general-meeting vote; one year)' },
    FULL: { description: '正式党员 (full member, after the full-membership vote)' },
  },
});

@ObjectType('BranchVote', { description: '支部大会表决 (a branch general meeting’s vote, in full members with a vote)' })
export class BranchVoteObject {
  @Field(() => Int, { description: '应到会有表决权的正式党员 (eligible full members)' })
  eligible!: number;

  @Field(() => Int, { description: '实到人数 (present)' })
  present!: number;

  @Field(() => Int, { description: '赞成票 (in favour)' })
  inFavour!: number;

  @Field(() => Int, { description: '反对票 (against)' })
  against!: number;

  @Field(() => Int, { description: '弃权 (abstained: present minus for and against)' })
  abstained!: number;
}

@ObjectType('PipelineStep', { description: '发展党员步骤记录 (one recorded step of the pipeline)' })
export class PipelineStepObject {
  @Field(() => ID, { description: '步骤记录编号 (step id)' })
  id!: string;

  @Field(() => PipelineStageEnum, { nullable: true, description: '原阶段 (stage before; null when entering the pipeline)' })
  fromStage!: PipelineStage | null;

  @Field(() => PipelineStageEnum, { description: '进入阶段 (stage entered)' })
  stage!: PipelineStage;

  @Field(() => LocalDateScalar, { description: '进入日期 (date the step took effect)' })
  enteredAt!: string;

  @Field(() => ID, { nullable: true, description: '第一培养联系人或入党介绍人 (first contact or sponsor: a PartyMember id)' })
  firstSponsorId!: string | null;

  @Field(() => ID, { nullable: true, description: '第二培养联系人或入党介绍人 (second contact or sponsor: a PartyMember id)' })
  secondSponsorId!: string | null;

  @Field(() => BranchVoteObject, { nullable: true, description: '支部大会表决 (the vote; PROBATIONARY and FULL only)' })
  vote!: BranchVoteObject | null;

  @Field(() => String, { nullable: true, description: '备注 (note; *** for analysts)' })
  note!: string | null;

  @Field(() => String, { description: '记录人 (who recorded it)' })
  recordedBy!: string;

  @Field(() => String, { description: '记录时间 (when it was recorded, ISO 8601)' })
  recordedAt!: string;
}

@ObjectType('PipelineStepConnection', { description: '发展党员步骤分页列表 (a page of pipeline steps, in order)' })
export class PipelineStepConnection extends Connection(PipelineStepObject, 'PipelineStep') {}

@ObjectType('PipelinePerson', { description: '发展党员对象 (a person in the membership pipeline 发展党员)' })
@Directive('@key(fields: "id")')
export class PipelinePersonObject {
  @Field(() => ID, { description: '编号 (person id)' })
  id!: string;

  @Field(() => String, { description: '姓名 (name; masked as 张** for analysts)' })
  name!: string;

  @Field(() => GenderEnum, { description: '性别 (gender, from the ID number)' })
  gender!: Gender;

  @Field(() => LocalDateScalar, { nullable: true, description: '出生日期 (birth date, from the ID number; null for analysts)' })
  birthDate!: string | null;

  @Field(() => RegionRef, { description: '所在村(社区) (village)' })
  region!: RegionRef;

  @Field(() => ID, { description: '培养党支部 (branch developing the person: a PartyOrganization id; follows a probationary member’s transfer)' })
  branchId!: string;

  @Field(() => PartyOrganizationRef, { description: '培养党支部 (the branch, resolved by the organization subgraph)' })
  branch!: PartyOrganizationRef;

  @Field(() => Boolean, { description: '是否在村 (lives in the village)' })
  inVillage!: boolean;

  @Field(() => LocalDateScalar, { description: '申请入党日期 (date applied)' })
  appliedAt!: string;

  @Field(() => PipelineStageEnum, { description: '当前阶段 (current stage)' })
  stage!: PipelineStage;

  @Field(() => LocalDateScalar, { description: '进入当前阶段日期 (date the current stage began)' })
  stageEnteredAt!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '下一步到期日 (deadline of the next step: one year of probation; null when none runs)' })
  dueAt!: string | null;

  @Field(() => ID, { nullable: true, description: '第一培养联系人或入党介绍人 (first contact or sponsor: a PartyMember id)' })
  firstSponsorId!: string | null;

  @Field(() => ID, { nullable: true, description: '第二培养联系人或入党介绍人 (second contact or sponsor: a PartyMember id)' })
  secondSponsorId!: string | null;

  @Field(() => ID, { nullable: true, description: '党员编号 (the PartyMember created on admission as probationary; null before)' })
  memberId!: string | null;

  // Not in the schema: opened by the `idNumber` field resolver.
  sealedIdNumber!: SealedField;
}

@ObjectType('PipelinePersonConnection', { description: '发展党员对象分页列表 (a page of people in the pipeline)' })
export class PipelinePersonConnection extends Connection(PipelinePersonObject, 'PipelinePerson') {}

@InputType({ description: '入党申请 (enter an applicant into the pipeline)' })
export class ApplyForMembershipInput {
  @Field(() => String, { description: '姓名 (1–50 characters)' })
  name!: string;

  @Field(() => String, { description: '身份证号码 (18 characters, GB 11643 check character verified; stored encrypted)' })
  idNumber!: string;

  @Field(() => GenderEnum, { nullable: true, description: '性别 (optional; must match the ID number)' })
  gender?: Gender | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '出生日期 (optional; must match the ID number)' })
  birthDate?: string | null;

  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (12-digit village code within your scope)' })
  regionCode!: string;

  @Field(() => ID, { description: '培养党支部 (branch id)' })
  branchId!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: '是否在村 (lives in the village; default true)' })
  inVillage?: boolean | null;

  @Field(() => LocalDateScalar, { description: '申请入党日期 (not in the future; the applicant must be 18 by then)' })
  appliedAt!: string;

  @Field(() => String, { nullable: true, description: '备注 (note, up to 500 characters)' })
  note?: string | null;
}

@InputType({ description: '支部大会表决 (the branch general meeting’s vote)' })
export class BranchVoteInput {
  @Field(() => Int, { description: '应到会有表决权的正式党员 (eligible full members)' })
  eligible!: number;

  @Field(() => Int, { description: '实到人数 (present; more than half of the eligible for a quorum)' })
  present!: number;

  @Field(() => Int, { description: '赞成票 (in favour; more than half of the eligible to pass)' })
  inFavour!: number;

  @Field(() => Int, { description: '反对票 (against)' })
  against!: number;
}

@InputType({ description: '发展党员下一步 (move a person one stage along the pipeline)' })
export class AdvanceMembershipPipelineInput {
  @Field(() => ID, { description: '发展党员对象编号 (person id)' })
  personId!: string;

  @Field(() => PipelineStageEnum, { description: '进入阶段 (must be the next stage)' })
  toStage!: PipelineStage;

  @Field(() => LocalDateScalar, { description: '日期 (date of the committee decision or the vote; not in the future)' })
  date!: string;

  @Field(() => [ID], {
    nullable: true,
    description: '培养联系人或入党介绍人 (ACTIVIST: up to two contacts; CANDIDATE: two sponsors, full members in good standing within your scope; PROBATIONARY/FULL: the current sponsors, checked when they were given, when omitted)',
  })
  sponsorIds?: string[] | null;

  @Field(() => BranchVoteInput, { nullable: true, description: '支部大会表决 (required for PROBATIONARY and FULL, refused otherwise)' })
  vote?: BranchVoteInput | null;

  @Field(() => String, { nullable: true, description: '备注 (note, up to 500 characters)' })
  note?: string | null;
}
