import { registerEnumType } from '@nestjs/graphql';
import {
  type AssessmentGrade,
  type CadrePostKind,
  CADRE_POST_LABELS,
  type Education,
  EDUCATION_LABELS,
  ELECTION_KIND_LABELS,
  type ElectionKind,
  type Gender,
  GENDER_LABELS,
  type HalfYear,
  type LeftReason,
  LEFT_REASON_LABELS,
  type MajorMatterCategory,
  type QualificationResult,
} from './cadre-vocabulary';

// GraphQL enums of the cadre vocabulary; each value carries its Chinese name.
/** The enum object of a label table: `{ MALE: 'MALE', ... }`. */
export const enumOf = <T extends string>(labels: Readonly<Record<T, string>>) =>
  Object.fromEntries(Object.keys(labels).map((key) => [key, key])) as Record<T, T>;

/** Each value's Chinese name as its GraphQL description. */
export const valuesMap = <T extends string>(labels: Readonly<Record<T, string>>) =>
  Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, { description: label as string }])) as Record<T, { description: string }>;

export const GenderEnum = enumOf<Gender>(GENDER_LABELS);
registerEnumType(GenderEnum, { name: 'Gender', description: '性别 (gender)', valuesMap: valuesMap(GENDER_LABELS) });

export const EducationEnum = enumOf<Education>(EDUCATION_LABELS);
registerEnumType(EducationEnum, { name: 'Education', description: '学历 (highest education)', valuesMap: valuesMap(EDUCATION_LABELS) });

export const CadrePostKindEnum = enumOf<CadrePostKind>(CADRE_POST_LABELS);
registerEnumType(CadrePostKindEnum, {
  name: 'CadrePostKind',
  description: '村干部职务 (post in the two committees 两委, or the accountant)',
  valuesMap: valuesMap(CADRE_POST_LABELS),
});

export const CadreLeftReasonEnum = enumOf<LeftReason>(LEFT_REASON_LABELS);
registerEnumType(CadreLeftReasonEnum, { name: 'CadreLeftReason', description: '离任原因 (why a cadre left a post)', valuesMap: valuesMap(LEFT_REASON_LABELS) });

export const ElectionKindEnum = enumOf<ElectionKind>(ELECTION_KIND_LABELS);
registerEnumType(ElectionKindEnum, {
  name: 'CadreElectionKind',
  description: '任职方式 (how a post was filled: general election 换届选举 or by-election 补选)',
  valuesMap: valuesMap(ELECTION_KIND_LABELS),
});

const QUALIFICATION_RESULT_LABELS: Record<QualificationResult, string> = { PASSED: '审查通过', FAILED: '审查未通过' };
export const QualificationResultEnum = enumOf<QualificationResult>(QUALIFICATION_RESULT_LABELS);
registerEnumType(QualificationResultEnum, {
  name: 'QualificationResult',
  description: '任职资格审查结果 (result of a qualification review)',
  valuesMap: valuesMap(QUALIFICATION_RESULT_LABELS),
});

const ASSESSMENT_GRADE_LABELS: Record<AssessmentGrade, string> = {
  EXCELLENT: '优秀',
  COMPETENT: '称职',
  BASICALLY_COMPETENT: '基本称职',
  INCOMPETENT: '不称职',
};
export const AssessmentGradeEnum = enumOf<AssessmentGrade>(ASSESSMENT_GRADE_LABELS);
registerEnumType(AssessmentGradeEnum, { name: 'AssessmentGrade', description: '履职评估等次 (assessment grade)', valuesMap: valuesMap(ASSESSMENT_GRADE_LABELS) });

const HALF_YEAR_LABELS: Record<HalfYear, string> = { FIRST: '上半年 (January–June)', SECOND: '下半年 (July–December)' };
export const HalfYearEnum = enumOf<HalfYear>(HALF_YEAR_LABELS);
registerEnumType(HalfYearEnum, { name: 'HalfYear', description: '半年 (half of a calendar year)', valuesMap: valuesMap(HALF_YEAR_LABELS) });

const MAJOR_MATTER_LABELS: Record<MajorMatterCategory, string> = {
  WEDDING_OR_FUNERAL: '婚丧喜庆事宜',
  ABSENCE: '外出离岗',
  RELATIVES_BUSINESS: '亲属经商办企业或承揽村级工程',
  LEGAL_MATTER: '本人或亲属涉法涉诉',
  OTHER: '其他重大事项',
};
export const MajorMatterCategoryEnum = enumOf<MajorMatterCategory>(MAJOR_MATTER_LABELS);
registerEnumType(MajorMatterCategoryEnum, {
  name: 'MajorMatterCategory',
  description: '重大事项类别 (kind of matter a cadre must report)',
  valuesMap: valuesMap(MAJOR_MATTER_LABELS),
});
