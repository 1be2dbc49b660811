import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar } from '@grassroots/graphql';
import { RegionRef } from '../region/region.ref';
import { AssessmentGradeEnum, HalfYearEnum, MajorMatterCategoryEnum, QualificationResultEnum } from './cadre-enums.object';
import { type AssessmentGrade, type HalfYear, type MajorMatterCategory, type QualificationResult } from './cadre-vocabulary';
import { MAX_DUTY_LINES_PER_VILLAGE, MIN_DUTY_LINES_PER_VILLAGE, TARGET_DUTY_LINES_PER_VILLAGE } from './duty-line.rules';

@ObjectType('QualificationReview', { description: '任职资格审查 (a qualification review of a cadre candidate)' })
export class QualificationReviewObject {
  @Field(() => ID, { description: '审查编号 (review id)' })
  id!: string;

  @Field(() => ID, { description: '村干部编号 (the cadre reviewed)' })
  cadreId!: string;

  @Field(() => LocalDateScalar, { description: '审查日期 (date of the review)' })
  reviewedOn!: string;

  @Field(() => QualificationResultEnum, { description: '审查结果 (passed or failed)' })
  result!: QualificationResult;

  @Field(() => [String], { description: '审查意见 (reasons; masked for analysts)' })
  reasons!: string[];
}

@ObjectType('QualificationReviewConnection', { description: '任职资格审查分页列表 (a page of qualification reviews)' })
export class QualificationReviewConnection extends Connection(QualificationReviewObject, 'QualificationReview') {}

@ObjectType('MajorMatterReport', { description: '重大事项报告 (a major matter a cadre reported)' })
export class MajorMatterReportObject {
  @Field(() => ID, { description: '报告编号 (report id)' })
  id!: string;

  @Field(() => ID, { description: '村干部编号 (the reporting cadre)' })
  cadreId!: string;

  @Field(() => LocalDateScalar, { description: '报告日期 (date reported)' })
  reportedOn!: string;

  @Field(() => MajorMatterCategoryEnum, { description: '事项类别 (kind of matter)' })
  category!: MajorMatterCategory;

  @Field(() => String, { description: '事项摘要 (summary; masked for analysts)' })
  summary!: string;
}

@ObjectType('MajorMatterReportConnection', { description: '重大事项报告分页列表 (a page of major-matter reports)' })
export class MajorMatterReportConnection extends Connection(MajorMatterReportObject, 'MajorMatterReport') {}

@ObjectType('HalfYearAssessment', { description: '半年履职评估 (a cadre’s half-year duty assessment)' })
export class HalfYearAssessmentObject {
  @Field(() => ID, { description: '评估编号 (assessment id)' })
  id!: string;

  @Field(() => ID, { description: '村干部编号 (the cadre assessed)' })
  cadreId!: string;

  @Field(() => Int, { description: '年度 (year)' })
  year!: number;

  @Field(() => HalfYearEnum, { description: '上/下半年 (which half of the year)' })
  half!: HalfYear;

  @Field(() => AssessmentGradeEnum, { description: '评估等次 (grade)' })
  grade!: AssessmentGrade;

  @Field(() => String, { nullable: true, description: '评语 (remarks; masked for analysts)' })
  note!: string | null;
}

@ObjectType('HalfYearAssessmentConnection', { description: '半年履职评估分页列表 (a page of half-year assessments)' })
export class HalfYearAssessmentConnection extends Connection(HalfYearAssessmentObject, 'HalfYearAssessment') {}

@ObjectType('EscalatedTalk', { description: '提级谈话 (a talk with a cadre held by a leader one level up)' })
export class EscalatedTalkObject {
  @Field(() => ID, { description: '谈话编号 (talk id)' })
  id!: string;

  @Field(() => ID, { description: '村干部编号 (the cadre talked to)' })
  cadreId!: string;

  @Field(() => LocalDateScalar, { description: '谈话日期 (date of the talk)' })
  talkedOn!: string;

  @Field(() => String, { description: '谈话人 (name and post of the leader who held the talk; masked for analysts)' })
  conductedBy!: string;

  @Field(() => String, { description: '谈话事由 (reason; masked for analysts)' })
  reason!: string;

  @Field(() => String, { nullable: true, description: '谈话记录 (notes; masked for analysts)' })
  note!: string | null;
}

@ObjectType('EscalatedTalkConnection', { description: '提级谈话分页列表 (a page of escalated talks)' })
export class EscalatedTalkConnection extends Connection(EscalatedTalkObject, 'EscalatedTalk') {}

@ObjectType('CadreTraining', { description: '培训记录 (a training a cadre attended)' })
export class CadreTrainingObject {
  @Field(() => ID, { description: '培训记录编号 (training record id)' })
  id!: string;

  @Field(() => ID, { description: '村干部编号 (the cadre trained)' })
  cadreId!: string;

  @Field(() => LocalDateScalar, { description: '培训日期 (date of the training)' })
  trainedOn!: string;

  @Field(() => String, { description: '培训主题 (topic)' })
  topic!: string;

  @Field(() => Float, { description: '学时 (hours, one decimal)' })
  hours!: number;
}

@ObjectType('CadreTrainingConnection', { description: '培训记录分页列表 (a page of training records)' })
export class CadreTrainingConnection extends Connection(CadreTrainingObject, 'CadreTraining') {}

@ObjectType('Mentorship', { description: '导师帮带 (a mentor assigned to a cadre)' })
export class MentorshipObject {
  @Field(() => ID, { description: '帮带编号 (mentorship id)' })
  id!: string;

  @Field(() => ID, { description: '被帮带村干部编号 (the mentee)' })
  menteeId!: string;

  @Field(() => ID, { nullable: true, description: '导师村干部编号 (the mentor, when a cadre on the platform)' })
  mentorCadreId!: string | null;

  @Field(() => String, { description: '导师姓名 (mentor’s name; masked for analysts)' })
  mentorName!: string;

  @Field(() => LocalDateScalar, { description: '帮带开始日期 (start)' })
  since!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '帮带结束日期 (end; null while current)' })
  until!: string | null;
}

@ObjectType('MentorshipConnection', { description: '导师帮带分页列表 (a page of mentorships)' })
export class MentorshipConnection extends Connection(MentorshipObject, 'Mentorship') {}

@ObjectType('DutyLine', { description: '履职工作线 (a village work line of the duty-line assessment 精准履职考核, owned by one cadre)' })
export class DutyLineObject {
  @Field(() => ID, { description: '工作线编号 (line id)' })
  id!: string;

  @Field(() => RegionRef, { description: '所在村(社区) (the village)' })
  region!: RegionRef;

  @Field(() => String, { description: '工作线名称 (name, e.g. 党建, 集体经济, 综治维稳)' })
  name!: string;

  @Field(() => ID, { description: '责任村干部编号 (the owning cadre)' })
  ownerId!: string;
}

@ObjectType('DutyLineConnection', { description: '履职工作线分页列表 (a page of duty lines)' })
export class DutyLineConnection extends Connection(DutyLineObject, 'DutyLine') {}

@ObjectType('VillageDutyLines', {
  description: `村履职工作线情况 (a village's duty lines: about ${TARGET_DUTY_LINES_PER_VILLAGE} per village, each owned by a serving cadre)`,
})
export class VillageDutyLinesObject {
  @Field(() => RegionRef, { description: '村(社区) (the village)' })
  region!: RegionRef;

  @Field(() => Int, { description: `工作线条数 (number of lines; about ${TARGET_DUTY_LINES_PER_VILLAGE}, at most ${MAX_DUTY_LINES_PER_VILLAGE})` })
  lineCount!: number;

  @Field(() => Int, {
    description: '责任人已离任的工作线条数 (lines whose owner holds no active post: reassign them with assignDutyLine)',
  })
  orphanedLineCount!: number;

  @Field(() => Boolean, {
    description: `需调整 (true when the village has fewer than ${MIN_DUTY_LINES_PER_VILLAGE} lines or any line whose owner left office)`,
  })
  needsAttention!: boolean;
}

@ObjectType('VillageDutyLinesConnection', { description: '村履职工作线情况分页列表 (a page of villages, by village code)' })
export class VillageDutyLinesConnection extends Connection(VillageDutyLinesObject, 'VillageDutyLines') {}
