import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import { EducationEnum, GenderEnum } from '../cadre/cadre-enums.object';
import { RegionRef } from '../region/region.ref';
import { type Gender } from './id-number.util';
import { type DepartureReason, type Education, type MemberStatus } from './member-vocabulary';
import { PartyOrganizationRef } from './party-organization.ref';
import { type SealedField } from './sensitive-field.service';

// Gender and Education are shared with the cadre records (one enum each in the personnel schema).
export { EducationEnum, GenderEnum };

export const MemberStatusEnum: Record<MemberStatus, MemberStatus> = { FULL: 'FULL', PROBATIONARY: 'PROBATIONARY' };
registerEnumType(MemberStatusEnum, {
  name: 'PartyMemberStatus',
  description: '党员身份 (full or probationary member)',
  valuesMap: {
    FULL: { description: '正式党员 (full member)' },
    PROBATIONARY: { description: '预备党员 (probationary member, one year before the full-membership vote)' },
  },
});

export const DepartureReasonEnum: Record<DepartureReason, DepartureReason> = {
  TRANSFERRED_OUT: 'TRANSFERRED_OUT',
  DIED: 'DIED',
  WITHDREW: 'WITHDREW',
  REMOVED: 'REMOVED',
  EXPELLED: 'EXPELLED',
  PROBATION_CANCELLED: 'PROBATION_CANCELLED',
};
registerEnumType(DepartureReasonEnum, {
  name: 'DepartureReason',
  description: '离开原因 (why a member left the village organization)',
  valuesMap: {
    TRANSFERRED_OUT: { description: '转出 (organization relation transferred outside the platform)' },
    DIED: { description: '去世 (died)' },
    WITHDREW: { description: '退党 (withdrew from the Party)' },
    REMOVED: { description: '除名 (removed; recorded with a removal disposition)' },
    EXPELLED: { description: '开除党籍 (expelled by a disciplinary decision)' },
    PROBATION_CANCELLED: { description: '取消预备党员资格 (probationary membership cancelled)' },
  },
});

@ObjectType('PartyMember', { description: '党员 (a party member)' })
@Directive('@key(fields: "id")')
export class PartyMemberObject {
  @Field(() => ID, { description: '党员编号 (member id)' })
  id!: string;

  @Field(() => String, { description: '姓名 (name; masked as 张** for analysts)' })
  name!: string;

  @Field(() => RegionRef, { description: '所在村(社区) (the village the member belongs to)' })
  region!: RegionRef;

  @Field(() => ID, { nullable: true, description: '所在党支部 (branch: a PartyOrganization id)' })
  branchId!: string | null;

  @Field(() => PartyOrganizationRef, { nullable: true, description: '所在党支部 (the branch, resolved by the organization subgraph; null when none)' })
  branch!: PartyOrganizationRef | null;

  @Field(() => LocalDateScalar, { description: '转入本支部日期 (date the member entered the current branch; the joined date if never transferred)' })
  branchSince!: string;

  @Field(() => Boolean, { description: '是否在村 (lives in the village; false for a migrant member 流动党员)' })
  inVillage!: boolean;

  @Field(() => LocalDateScalar, { description: '入党日期 (date joined: admitted as a probationary member)' })
  joinedAt!: string;

  @Field(() => MemberStatusEnum, { description: '党员身份 (full 正式 or probationary 预备)' })
  status!: MemberStatus;

  @Field(() => GenderEnum, { nullable: true, description: '性别 (gender; null when not recorded)' })
  gender!: Gender | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '出生日期 (birth date; null when not recorded, and for analysts)' })
  birthDate!: string | null;

  @Field(() => EducationEnum, { nullable: true, description: '学历 (education; null when not recorded)' })
  education!: Education | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '停止党籍日期 (suspended 停止党籍 since; null when in good standing)' })
  suspendedSince!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '离开日期 (date the member left; null while a current member)' })
  leftAt!: string | null;

  @Field(() => DepartureReasonEnum, { nullable: true, description: '离开原因 (why the member left; null while a current member)' })
  leftReason!: DepartureReason | null;

  // Not in the schema: opened by the `idNumber` and `phone` field resolvers.
  sealedIdNumber!: SealedField | null;
  sealedPhone!: SealedField | null;
}

@ObjectType('PartyMemberConnection', { description: '党员分页列表 (a page of party members)' })
export class PartyMemberConnection extends Connection(PartyMemberObject, 'PartyMember') {}

@InputType({ description: '登记党员 (register a party member already admitted: an existing full member)' })
export class RegisterPartyMemberInput {
  @Field(() => String, { description: '姓名 (1–50 characters)' })
  name!: string;

  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: '所在党支部 (branch id, optional)' })
  branchId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: '是否在村 (false for a migrant member 流动党员; default true)' })
  inVillage?: boolean;

  @Field(() => LocalDateScalar, { description: '入党日期 (date joined, not in the future)' })
  joinedAt!: string;

  @Field(() => GenderEnum, { nullable: true, description: '性别 (gender; taken from the ID number when omitted)' })
  gender?: Gender | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '出生日期 (birth date; taken from the ID number when omitted, must match it)' })
  birthDate?: string | null;

  @Field(() => EducationEnum, { nullable: true, description: '学历 (education)' })
  education?: Education | null;

  @Field(() => String, { nullable: true, description: '身份证号码 (18-character resident ID number, GB 11643 check character verified; stored encrypted)' })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话 (mobile or landline; stored encrypted)' })
  phone?: string | null;
}
