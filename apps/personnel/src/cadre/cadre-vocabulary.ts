import { DomainError } from '@grassroots/kernel';

// The closed vocabularies of village cadres 村干部 (DOMAIN §2), as string unions with their
// Chinese names. GraphQL enums are registered from these in cadre-enums.object.ts.

export type Gender = 'MALE' | 'FEMALE';
export const GENDERS: readonly Gender[] = ['MALE', 'FEMALE'];
export const GENDER_LABELS: Readonly<Record<Gender, string>> = { MALE: '男', FEMALE: '女' };

export type Education = 'PRIMARY' | 'JUNIOR_HIGH' | 'HIGH_SCHOOL' | 'JUNIOR_COLLEGE' | 'BACHELOR' | 'POSTGRADUATE';
export const EDUCATIONS: readonly Education[] = ['PRIMARY', 'JUNIOR_HIGH', 'HIGH_SCHOOL', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE'];
export const EDUCATION_LABELS: Readonly<Record<Education, string>> = {
  PRIMARY: '小学',
  JUNIOR_HIGH: '初中',
  HIGH_SCHOOL: '高中/中专',
  JUNIOR_COLLEGE: '大专',
  BACHELOR: '本科',
  POSTGRADUATE: '研究生',
};
/** 高中(中专)及以上: what the profile statistic counts. */
export const HIGH_SCHOOL_OR_ABOVE: readonly Education[] = ['HIGH_SCHOOL', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE'];

export type CadrePostKind =
  | 'SECRETARY'
  | 'DEPUTY_SECRETARY'
  | 'BRANCH_COMMITTEE_MEMBER'
  | 'COMMITTEE_CHAIR'
  | 'COMMITTEE_DEPUTY'
  | 'COMMITTEE_MEMBER'
  | 'ACCOUNTANT';
export const CADRE_POST_KINDS: readonly CadrePostKind[] = [
  'SECRETARY',
  'DEPUTY_SECRETARY',
  'BRANCH_COMMITTEE_MEMBER',
  'COMMITTEE_CHAIR',
  'COMMITTEE_DEPUTY',
  'COMMITTEE_MEMBER',
  'ACCOUNTANT',
];
export const CADRE_POST_LABELS: Readonly<Record<CadrePostKind, string>> = {
  SECRETARY: '村党组织书记',
  DEPUTY_SECRETARY: '村党组织副书记',
  BRANCH_COMMITTEE_MEMBER: '支委委员',
  COMMITTEE_CHAIR: '村委会主任',
  COMMITTEE_DEPUTY: '村委会副主任',
  COMMITTEE_MEMBER: '村委委员',
  ACCOUNTANT: '报账员/会计',
};
// The "two committees" 两委 are the branch committee and the villagers' committee; the
// accountant 报账员 is a village cadre but not a member of either.
export const TWO_COMMITTEE_POSTS: readonly CadrePostKind[] = [
  'SECRETARY',
  'DEPUTY_SECRETARY',
  'BRANCH_COMMITTEE_MEMBER',
  'COMMITTEE_CHAIR',
  'COMMITTEE_DEPUTY',
  'COMMITTEE_MEMBER',
];

export type LeftReason = 'TERM_ENDED' | 'NOT_REELECTED' | 'RESIGNED' | 'DISMISSED' | 'TRANSFERRED' | 'RETIRED' | 'DECEASED' | 'OTHER';
export const LEFT_REASONS: readonly LeftReason[] = ['TERM_ENDED', 'NOT_REELECTED', 'RESIGNED', 'DISMISSED', 'TRANSFERRED', 'RETIRED', 'DECEASED', 'OTHER'];
export const LEFT_REASON_LABELS: Readonly<Record<LeftReason, string>> = {
  TERM_ENDED: '任期届满',
  NOT_REELECTED: '换届未当选',
  RESIGNED: '辞职',
  DISMISSED: '免职/罢免',
  TRANSFERRED: '调任',
  RETIRED: '退休',
  DECEASED: '去世',
  OTHER: '其他',
};

/** How a post was filled: at the general election 换届选举, or by a by-election 补选 within the current term. */
export type ElectionKind = 'GENERAL_ELECTION' | 'BY_ELECTION';
export const ELECTION_KINDS: readonly ElectionKind[] = ['GENERAL_ELECTION', 'BY_ELECTION'];
export const ELECTION_KIND_LABELS: Readonly<Record<ElectionKind, string>> = {
  GENERAL_ELECTION: '换届选举 (starts a five-year term)',
  BY_ELECTION: '补选 (joins the village’s current term, up to the next 换届)',
};

export type QualificationResult = 'PASSED' | 'FAILED';
export const QUALIFICATION_RESULTS: readonly QualificationResult[] = ['PASSED', 'FAILED'];

export type AssessmentGrade = 'EXCELLENT' | 'COMPETENT' | 'BASICALLY_COMPETENT' | 'INCOMPETENT';
export const ASSESSMENT_GRADES: readonly AssessmentGrade[] = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'];

export type HalfYear = 'FIRST' | 'SECOND';
export const HALF_YEARS: readonly HalfYear[] = ['FIRST', 'SECOND'];

export type MajorMatterCategory = 'WEDDING_OR_FUNERAL' | 'ABSENCE' | 'RELATIVES_BUSINESS' | 'LEGAL_MATTER' | 'OTHER';
export const MAJOR_MATTER_CATEGORIES: readonly MajorMatterCategory[] = ['WEDDING_OR_FUNERAL', 'ABSENCE', 'RELATIVES_BUSINESS', 'LEGAL_MATTER', 'OTHER'];

/** `value` when it is one of `allowed`; BAD_USER_INPUT naming the field otherwise. */
export function assertOneOf<T extends string>(value: T, allowed: readonly T[], field: string): T {
  if (allowed.includes(value)) return value;
  throw new DomainError('BAD_USER_INPUT', `${field} "${value}" is unknown: use one of ${allowed.join(', ')}`, { field });
}
