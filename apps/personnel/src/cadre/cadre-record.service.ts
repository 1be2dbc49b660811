import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { isUuid, parseId, shanghaiDate } from '@grassroots/kernel';
import { conflictOnDuplicate, type Page, type PageRequest } from '@grassroots/persistence';
import { firstPagesOfIds } from '../shared/keyed-pages';
import { requireCadreWriter } from './cadre-access';
import { notInFuture, optionalText, requiredText, trainingHours } from './cadre-input.util';
import { servedDuring } from './cadre-post.rules';
import { CadreTraining } from './cadre-training.entity';
import {
  ASSESSMENT_GRADES,
  type AssessmentGrade,
  assertOneOf,
  HALF_YEARS,
  type HalfYear,
  MAJOR_MATTER_CATEGORIES,
  type MajorMatterCategory,
} from './cadre-vocabulary';
import {
  CadrePostRepository,
  CadreRepository,
  CadreTrainingRepository,
  EscalatedTalkRepository,
  HalfYearAssessmentRepository,
  MajorMatterReportRepository,
  MentorshipRepository,
} from './cadre.repository';
import { EscalatedTalk } from './escalated-talk.entity';
import { assessablePeriod, assertNotYetAssessed, assertServedInPeriod } from './half-year-assessment.rules';
import { HalfYearAssessment } from './half-year-assessment.entity';
import { MajorMatterReport } from './major-matter-report.entity';
import { assertMentorChoice, assertMentorshipFollows } from './mentoring.rules';
import { Mentorship } from './mentorship.entity';

export type RecordMajorMatterReport = { cadreId: string; reportedOn: string; category: MajorMatterCategory; summary: string };
export type RecordHalfYearAssessment = { cadreId: string; year: number; half: HalfYear; grade: AssessmentGrade; note?: string | null };
export type RecordEscalatedTalk = { cadreId: string; talkedOn: string; conductedBy: string; reason: string; note?: string | null };
export type RecordTraining = { cadreId: string; trainedOn: string; topic: string; hours: number };
export type AssignMentor = { menteeId: string; mentorCadreId?: string | null; mentorName?: string | null; since: string };

// Latest first; the id keeps the order stable.
const REPORT_ORDER = { reportedOn: 'desc', id: 'desc' } as const;
const ASSESSMENT_ORDER = { year: 'desc', half: 'desc', id: 'desc' } as const;
const TALK_ORDER = { talkedOn: 'desc', id: 'desc' } as const;
const TRAINING_ORDER = { trainedOn: 'desc', id: 'desc' } as const;
const MENTORSHIP_ORDER = { since: 'desc', id: 'desc' } as const;

/** 选育管用: the records kept on each cadre (reports, assessments, talks, training, mentoring). */
@Injectable()
export class CadreRecordService {
  constructor(
    private readonly cadres: CadreRepository,
    private readonly posts: CadrePostRepository,
    private readonly reports: MajorMatterReportRepository,
    private readonly assessments: HalfYearAssessmentRepository,
    private readonly talks: EscalatedTalkRepository,
    private readonly trainings: CadreTrainingRepository,
    private readonly mentorships: MentorshipRepository,
    private readonly em: EntityManager,
  ) {}

  reportsOf(caller: Caller, cadreId: string, page: PageRequest): Promise<Page<MajorMatterReport>> {
    return this.reports.page(caller.scope, { cadre: cadreId }, page, REPORT_ORDER);
  }

  assessmentsOf(caller: Caller, cadreId: string, page: PageRequest): Promise<Page<HalfYearAssessment>> {
    return this.assessments.page(caller.scope, { cadre: cadreId }, page, ASSESSMENT_ORDER);
  }

  talksOf(caller: Caller, cadreId: string, page: PageRequest): Promise<Page<EscalatedTalk>> {
    return this.talks.page(caller.scope, { cadre: cadreId }, page, TALK_ORDER);
  }

  trainingsOf(caller: Caller, cadreId: string, page: PageRequest): Promise<Page<CadreTraining>> {
    return this.trainings.page(caller.scope, { cadre: cadreId }, page, TRAINING_ORDER);
  }

  mentorshipsOf(caller: Caller, cadreId: string, page: PageRequest): Promise<Page<Mentorship>> {
    return this.mentorships.page(caller.scope, { mentee: cadreId }, page, MENTORSHIP_ORDER);
  }

  // The first pages of each record list for many cadres: two SQL statements a list.

  firstReportPages(caller: Caller, cadreIds: readonly string[], first?: number | null): Promise<Page<MajorMatterReport>[]> {
    return firstPagesOfIds(this.reports, caller.scope, cadreIds, { property: 'cadre', column: 'cadre_id', orderBy: REPORT_ORDER, first });
  }

  firstAssessmentPages(caller: Caller, cadreIds: readonly string[], first?: number | null): Promise<Page<HalfYearAssessment>[]> {
    return firstPagesOfIds(this.assessments, caller.scope, cadreIds, { property: 'cadre', column: 'cadre_id', orderBy: ASSESSMENT_ORDER, first });
  }

  firstTalkPages(caller: Caller, cadreIds: readonly string[], first?: number | null): Promise<Page<EscalatedTalk>[]> {
    return firstPagesOfIds(this.talks, caller.scope, cadreIds, { property: 'cadre', column: 'cadre_id', orderBy: TALK_ORDER, first });
  }

  firstTrainingPages(caller: Caller, cadreIds: readonly string[], first?: number | null): Promise<Page<CadreTraining>[]> {
    return firstPagesOfIds(this.trainings, caller.scope, cadreIds, { property: 'cadre', column: 'cadre_id', orderBy: TRAINING_ORDER, first });
  }

  firstMentorshipPages(caller: Caller, cadreIds: readonly string[], first?: number | null): Promise<Page<Mentorship>[]> {
    return firstPagesOfIds(this.mentorships, caller.scope, cadreIds, { property: 'mentee', column: 'mentee_id', orderBy: MENTORSHIP_ORDER, first });
  }

  /** The open mentorship of each mentee, in one query. */
  async currentMentorships(caller: Caller, menteeIds: readonly string[]): Promise<Mentorship[]> {
    const ids = menteeIds.filter(isUuid);
    return ids.length ? this.mentorships.find(caller.scope, { mentee: { $in: ids }, until: null }) : [];
  }

  async recordMajorMatterReport(caller: Caller, input: RecordMajorMatterReport, today = shanghaiDate()): Promise<MajorMatterReport> {
    requireCadreWriter(caller, 'Recording a major-matter report');
    const cadreId = parseId(input.cadreId, 'cadreId');
    const reportedOn = notInFuture(input.reportedOn, today, 'reportedOn');
    const category = assertOneOf(input.category, MAJOR_MATTER_CATEGORIES, 'category');
    const summary = requiredText(input.summary, 'summary', 500);
    const cadre = await this.cadres.findWritableOrFail(caller.scope, { id: cadreId }, input.cadreId);
    const report = this.reports.add(caller.scope, new MajorMatterReport(cadre, reportedOn, category, summary, caller.subject));
    await this.em.flush();
    return report;
  }

  /** 半年履职评估: one per cadre per half-year, for a cadre who held a post in it. */
  async recordHalfYearAssessment(caller: Caller, input: RecordHalfYearAssessment, today = shanghaiDate()): Promise<HalfYearAssessment> {
    requireCadreWriter(caller, 'Recording a half-year assessment');
    const cadreId = parseId(input.cadreId, 'cadreId');
    const half = assertOneOf(input.half, HALF_YEARS, 'half');
    const grade = assertOneOf(input.grade, ASSESSMENT_GRADES, 'grade');
    const note = optionalText(input.note, 'note', 500);
    const period = assessablePeriod(input.year, half, today);
    const cadre = await this.cadres.findWritableOrFail(caller.scope, { id: cadreId }, input.cadreId);
    assertNotYetAssessed(await this.assessments.findOne(caller.scope, { cadre, year: input.year, half }), input.year, half);
    assertServedInPeriod(servedDuring(await this.posts.find(caller.scope, { cadre }), period.start, period.end), input.year, half);
    const assessment = this.assessments.add(caller.scope, new HalfYearAssessment(cadre, input.year, half, grade, note, caller.subject));
    return conflictOnDuplicate(
      async () => {
        await this.em.flush();
        return assessment;
      },
      () => `the ${half} half of ${input.year} was assessed for this cadre at the same time: one assessment per half-year`,
    );
  }

  async recordEscalatedTalk(caller: Caller, input: RecordEscalatedTalk, today = shanghaiDate()): Promise<EscalatedTalk> {
    requireCadreWriter(caller, 'Recording an escalated talk');
    const cadreId = parseId(input.cadreId, 'cadreId');
    const talkedOn = notInFuture(input.talkedOn, today, 'talkedOn');
    const conductedBy = requiredText(input.conductedBy, 'conductedBy', 100);
    const reason = requiredText(input.reason, 'reason', 500);
    const note = optionalText(input.note, 'note', 1000);
    const cadre = await this.cadres.findWritableOrFail(caller.scope, { id: cadreId }, input.cadreId);
    const talk = this.talks.add(caller.scope, new EscalatedTalk(cadre, talkedOn, conductedBy, reason, note, caller.subject));
    await this.em.flush();
    return talk;
  }

  async recordTraining(caller: Caller, input: RecordTraining, today = shanghaiDate()): Promise<CadreTraining> {
    requireCadreWriter(caller, 'Recording a training');
    const cadreId = parseId(input.cadreId, 'cadreId');
    const trainedOn = notInFuture(input.trainedOn, today, 'trainedOn');
    const topic = requiredText(input.topic, 'topic', 100);
    const hours = trainingHours(input.hours);
    const cadre = await this.cadres.findWritableOrFail(caller.scope, { id: cadreId }, input.cadreId);
    const training = this.trainings.add(caller.scope, new CadreTraining(cadre, trainedOn, topic, hours, caller.subject));
    await this.em.flush();
    return training;
  }

  /** 导师帮带: gives a cadre a mentor; the current mentorship, if any, ends the day the new one begins. */
  async assignMentor(caller: Caller, input: AssignMentor, today = shanghaiDate()): Promise<Mentorship> {
    requireCadreWriter(caller, 'Assigning a mentor');
    const menteeId = parseId(input.menteeId, 'menteeId');
    const mentorCadreId = input.mentorCadreId ? parseId(input.mentorCadreId, 'mentorCadreId') : null;
    const mentorName = input.mentorName == null ? null : requiredText(input.mentorName, 'mentorName', 50);
    assertMentorChoice({ menteeId, mentorCadreId, mentorName });
    const since = notInFuture(input.since, today, 'since');

    return conflictOnDuplicate(
      () =>
        this.em.transactional(async () => {
          const mentee = await this.cadres.lockWritableOrFail(caller.scope, { id: menteeId }, input.menteeId);
          const mentor = mentorCadreId ? await this.cadres.findOneOrFail(caller.scope, { id: mentorCadreId }, mentorCadreId) : null;
          const current = await this.mentorships.findOne(caller.scope, { mentee, until: null });
          assertMentorshipFollows(current, since);
          if (current) {
            // Closed first: the new row takes the open slot of the unique index (same transaction).
            current.until = since;
            await this.em.flush();
          }
          const mentorship = this.mentorships.add(caller.scope, new Mentorship(mentee, mentor, mentor?.name ?? (mentorName as string), since, caller.subject));
          await this.em.flush();
          return mentorship;
        }),
      () => 'a mentor was assigned to this cadre at the same time: reload and check',
    );
  }
}
