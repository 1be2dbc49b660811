import { shanghaiDate } from '@grassroots/kernel';
import { type CadrePost } from './cadre-post.entity';
import { isTermOverdue } from './cadre-post.rules';
import { type CadreTraining } from './cadre-training.entity';
import { type Cadre } from './cadre.entity';
import { CadreObject, CadrePostObject, CadreProfileObject } from './cadre.object';
import { type CadreProfile } from './cadre-profile.service';
import {
  CadreTrainingObject,
  DutyLineObject,
  EscalatedTalkObject,
  HalfYearAssessmentObject,
  MajorMatterReportObject,
  MentorshipObject,
  QualificationReviewObject,
  VillageDutyLinesObject,
} from './cadre-record.object';
import { type DutyLine } from './duty-line.entity';
import { dutyLinesNeedAttention, type VillageDutyLineCounts } from './duty-line.rules';
import { type EscalatedTalk } from './escalated-talk.entity';
import { type HalfYearAssessment } from './half-year-assessment.entity';
import { type MajorMatterReport } from './major-matter-report.entity';
import { type Mentorship } from './mentorship.entity';
import { maskedBirthDate, maskedText, maskName } from '../shared/personal-data';
import { type QualificationReview } from './qualification-review.entity';

// `reveal` is false for analysts: names masked, birth dates and free text withheld.
const text = (value: string, reveal: boolean) => maskedText(value, !reveal);
const optional = (value: string | null, reveal: boolean) => maskedText(value, !reveal);

export function toCadreObject(cadre: Cadre, reveal: boolean): CadreObject {
  return Object.assign(new CadreObject(), {
    id: cadre.id,
    name: reveal ? cadre.name : maskName(cadre.name),
    gender: cadre.gender,
    birthDate: maskedBirthDate(cadre.birthDate, !reveal),
    education: cadre.education,
    region: { code: cadre.regionCode },
    memberId: reveal ? cadre.memberId : null,
  });
}

export function toCadrePostObject(post: CadrePost): CadrePostObject {
  return Object.assign(new CadrePostObject(), {
    id: post.id,
    cadreId: post.cadre.id,
    post: post.post,
    region: { code: post.regionCode },
    termStart: post.termStart,
    termEnd: post.termEnd,
    leftAt: post.leftAt,
    leftReason: post.leftReason,
    active: post.leftAt === null,
    termOverdue: isTermOverdue(post, shanghaiDate()),
  });
}

export function toCadreProfileObject(profile: CadreProfile): CadreProfileObject {
  const { regionCode, ...figures } = profile;
  return Object.assign(new CadreProfileObject(), { region: { code: regionCode }, ...figures });
}

export function toQualificationReviewObject(review: QualificationReview, reveal: boolean): QualificationReviewObject {
  return Object.assign(new QualificationReviewObject(), {
    id: review.id,
    cadreId: review.cadre.id,
    reviewedOn: review.reviewedOn,
    result: review.result,
    reasons: review.reasons.map((reason) => text(reason, reveal)),
  });
}

export function toMajorMatterReportObject(report: MajorMatterReport, reveal: boolean): MajorMatterReportObject {
  return Object.assign(new MajorMatterReportObject(), {
    id: report.id,
    cadreId: report.cadre.id,
    reportedOn: report.reportedOn,
    category: report.category,
    summary: text(report.summary, reveal),
  });
}

export function toHalfYearAssessmentObject(assessment: HalfYearAssessment, reveal: boolean): HalfYearAssessmentObject {
  return Object.assign(new HalfYearAssessmentObject(), {
    id: assessment.id,
    cadreId: assessment.cadre.id,
    year: assessment.year,
    half: assessment.half,
    grade: assessment.grade,
    note: optional(assessment.note, reveal),
  });
}

export function toEscalatedTalkObject(talk: EscalatedTalk, reveal: boolean): EscalatedTalkObject {
  return Object.assign(new EscalatedTalkObject(), {
    id: talk.id,
    cadreId: talk.cadre.id,
    talkedOn: talk.talkedOn,
    conductedBy: text(talk.conductedBy, reveal),
    reason: text(talk.reason, reveal),
    note: optional(talk.note, reveal),
  });
}

export function toCadreTrainingObject(training: CadreTraining): CadreTrainingObject {
  return Object.assign(new CadreTrainingObject(), {
    id: training.id,
    cadreId: training.cadre.id,
    trainedOn: training.trainedOn,
    topic: training.topic,
    hours: Number(training.hours),
  });
}

export function toMentorshipObject(mentorship: Mentorship, reveal: boolean): MentorshipObject {
  return Object.assign(new MentorshipObject(), {
    id: mentorship.id,
    menteeId: mentorship.mentee.id,
    mentorCadreId: mentorship.mentorCadre?.id ?? null,
    mentorName: reveal ? mentorship.mentorName : maskName(mentorship.mentorName),
    since: mentorship.since,
    until: mentorship.until,
  });
}

export function toVillageDutyLinesObject(counts: VillageDutyLineCounts): VillageDutyLinesObject {
  return Object.assign(new VillageDutyLinesObject(), {
    region: { code: counts.regionCode },
    lineCount: counts.lineCount,
    orphanedLineCount: counts.orphanedLineCount,
    needsAttention: dutyLinesNeedAttention(counts),
  });
}

export function toDutyLineObject(line: DutyLine): DutyLineObject {
  return Object.assign(new DutyLineObject(), {
    id: line.id,
    region: { code: line.regionCode },
    name: line.name,
    ownerId: line.owner.id,
  });
}
