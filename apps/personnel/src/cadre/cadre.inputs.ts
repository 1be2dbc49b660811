import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar, RegionCodeScalar } from '@grassroots/graphql';
import {
  AssessmentGradeEnum,
  CadrePostKindEnum,
  EducationEnum,
  ElectionKindEnum,
  GenderEnum,
  HalfYearEnum,
  MajorMatterCategoryEnum,
  QualificationResultEnum,
} from './cadre-enums.object';
import {
  type AssessmentGrade,
  type CadrePostKind,
  type Education,
  type ElectionKind,
  type Gender,
  type HalfYear,
  type MajorMatterCategory,
  type QualificationResult,
} from './cadre-vocabulary';

@InputType({ description: '登记村干部 (register a person as a village cadre or candidate)' })
export class RegisterCadreInput {
  @Field(() => String, { description: '姓名 (1–50 characters)' })
  name!: string;

  @Field(() => GenderEnum, { description: '性别 (gender)' })
  gender!: Gender;

  @Field(() => LocalDateScalar, { description: '出生日期 (birth date; at least 18 years ago)' })
  birthDate!: string;

  @Field(() => EducationEnum, { description: '学历 (highest education)' })
  education!: Education;

  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: '党员编号 (the PartyMember id when a party member, optional)' })
  memberId?: string | null;
}

@InputType({ description: '记录任职资格审查 (record a qualification review 任职资格审查)' })
export class RecordQualificationReviewInput {
  @Field(() => ID, { description: '村干部编号 (the cadre reviewed)' })
  cadreId!: string;

  @Field(() => LocalDateScalar, { description: '审查日期 (date of the review, not in the future)' })
  reviewedOn!: string;

  @Field(() => QualificationResultEnum, { description: '审查结果 (passed or failed)' })
  result!: QualificationResult;

  @Field(() => [String], { nullable: true, description: '审查意见 (reasons; at least one when FAILED, at most 10)' })
  reasons?: string[] | null;
}

@InputType({ description: '任职 (appoint a cadre to a post after an election 换届选举 or appointment)' })
export class AppointCadreInput {
  @Field(() => ID, { description: '村干部编号 (the cadre; needs a PASSED qualification review on or before electedOn)' })
  cadreId!: string;

  @Field(() => CadrePostKindEnum, { description: '职务 (the post; one active secretary and one committee chair per village)' })
  post!: CadrePostKind;

  @Field(() => LocalDateScalar, {
    description: '选举(任命)日期 (election or appointment date: the term starts on it and runs to the next 换届, five years after a general election)',
  })
  electedOn!: string;

  @Field(() => ElectionKindEnum, {
    nullable: true,
    defaultValue: 'GENERAL_ELECTION',
    description: '任职方式 (GENERAL_ELECTION, the default: a five-year term; BY_ELECTION: the term ends with the village’s current term)',
  })
  election?: ElectionKind | null;
}

@InputType({ description: '记录重大事项报告 (record a major-matter report 重大事项报告)' })
export class RecordMajorMatterReportInput {
  @Field(() => ID, { description: '村干部编号 (the reporting cadre)' })
  cadreId!: string;

  @Field(() => LocalDateScalar, { description: '报告日期 (date reported, not in the future)' })
  reportedOn!: string;

  @Field(() => MajorMatterCategoryEnum, { description: '事项类别 (kind of matter)' })
  category!: MajorMatterCategory;

  @Field(() => String, { description: '事项摘要 (summary, 1–500 characters)' })
  summary!: string;
}

@InputType({ description: '记录半年履职评估 (record a half-year duty assessment 半年履职评估)' })
export class RecordHalfYearAssessmentInput {
  @Field(() => ID, { description: '村干部编号 (the cadre; must have held a post in that half-year)' })
  cadreId!: string;

  @Field(() => Int, { description: '年度 (year, 2000 or later)' })
  year!: number;

  @Field(() => HalfYearEnum, { description: '上/下半年 (which half; it must have begun)' })
  half!: HalfYear;

  @Field(() => AssessmentGradeEnum, { description: '评估等次 (grade)' })
  grade!: AssessmentGrade;

  @Field(() => String, { nullable: true, description: '评语 (remarks, at most 500 characters)' })
  note?: string | null;
}

@InputType({ description: '分配履职工作线 (give a village work line to a cadre: 精准履职考核)' })
export class AssignDutyLineInput {
  @Field(() => RegionCodeScalar, { description: '所在村(社区)代码 (a 12-digit village code within your scope)' })
  regionCode!: string;

  @Field(() => String, { description: '工作线名称 (1–50 characters; an existing name reassigns that line)' })
  name!: string;

  @Field(() => ID, { description: '责任村干部编号 (an active cadre of the village)' })
  ownerId!: string;
}

@InputType({ description: '记录提级谈话 (record an escalated talk 提级谈话)' })
export class RecordEscalatedTalkInput {
  @Field(() => ID, { description: '村干部编号 (the cadre talked to)' })
  cadreId!: string;

  @Field(() => LocalDateScalar, { description: '谈话日期 (date of the talk, not in the future)' })
  talkedOn!: string;

  @Field(() => String, { description: '谈话人 (name and post of the leader, 1–100 characters)' })
  conductedBy!: string;

  @Field(() => String, { description: '谈话事由 (reason, 1–500 characters)' })
  reason!: string;

  @Field(() => String, { nullable: true, description: '谈话记录 (notes, at most 1000 characters)' })
  note?: string | null;
}

@InputType({ description: '记录培训 (record a training 培训 a cadre attended)' })
export class RecordTrainingInput {
  @Field(() => ID, { description: '村干部编号 (the cadre trained)' })
  cadreId!: string;

  @Field(() => LocalDateScalar, { description: '培训日期 (date, not in the future)' })
  trainedOn!: string;

  @Field(() => String, { description: '培训主题 (topic, 1–100 characters)' })
  topic!: string;

  @Field(() => Float, { description: '学时 (hours: more than 0, at most 200, one decimal)' })
  hours!: number;
}

@InputType({ description: '指定帮带导师 (assign a mentor 导师帮带; replaces the current mentor)' })
export class AssignMentorInput {
  @Field(() => ID, { description: '被帮带村干部编号 (the mentee)' })
  menteeId!: string;

  @Field(() => ID, { nullable: true, description: '导师村干部编号 (the mentor when a cadre; or give mentorName)' })
  mentorCadreId?: string | null;

  @Field(() => String, { nullable: true, description: '导师姓名 (the mentor when not a cadre, e.g. a township leader; 1–50 characters)' })
  mentorName?: string | null;

  @Field(() => LocalDateScalar, { description: '帮带开始日期 (start, not in the future)' })
  since!: string;
}
