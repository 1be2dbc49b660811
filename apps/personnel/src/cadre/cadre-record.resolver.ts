import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { byKeys, CurrentCaller, loaderFor, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { batchedPage } from '../shared/batched-page';
import {
  CadreTrainingConnection,
  CadreTrainingObject,
  EscalatedTalkConnection,
  EscalatedTalkObject,
  HalfYearAssessmentConnection,
  HalfYearAssessmentObject,
  MajorMatterReportConnection,
  MajorMatterReportObject,
  MentorshipConnection,
  MentorshipObject,
} from './cadre-record.object';
import { CadreRecordService } from './cadre-record.service';
import {
  AssignMentorInput,
  RecordEscalatedTalkInput,
  RecordHalfYearAssessmentInput,
  RecordMajorMatterReportInput,
  RecordTrainingInput,
} from './cadre.inputs';
import {
  toCadreTrainingObject,
  toEscalatedTalkObject,
  toHalfYearAssessmentObject,
  toMajorMatterReportObject,
  toMentorshipObject,
} from './cadre.mapper';
import { CadreObject } from './cadre.object';
import { type Mentorship } from './mentorship.entity';
import { revealsPersonalData } from '../shared/personal-data';

const WRITERS = 'Roles: organization-dept, township-officer (own township)';

/** 选育管用: the record mutations, and each cadre's records as connections. */
@Resolver(() => CadreObject)
export class CadreRecordResolver {
  constructor(private readonly records: CadreRecordService) {}

  @Mutation(() => MajorMatterReportObject, { description: `记录重大事项报告 (record a major-matter report 重大事项报告). ${WRITERS}` })
  async recordMajorMatterReport(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RecordMajorMatterReportInput, description: '报告内容 (the report)' }) input: RecordMajorMatterReportInput,
  ): Promise<MajorMatterReportObject> {
    return toMajorMatterReportObject(await this.records.recordMajorMatterReport(caller, input), revealsPersonalData(caller));
  }

  @Mutation(() => HalfYearAssessmentObject, { description: `记录半年履职评估 (record a half-year assessment; one per cadre per half-year). ${WRITERS}` })
  async recordHalfYearAssessment(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RecordHalfYearAssessmentInput, description: '评估结果 (the assessment)' }) input: RecordHalfYearAssessmentInput,
  ): Promise<HalfYearAssessmentObject> {
    return toHalfYearAssessmentObject(await this.records.recordHalfYearAssessment(caller, input), revealsPersonalData(caller));
  }

  @Mutation(() => EscalatedTalkObject, { description: `记录提级谈话 (record an escalated talk 提级谈话). ${WRITERS}` })
  async recordEscalatedTalk(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RecordEscalatedTalkInput, description: '谈话记录 (the talk)' }) input: RecordEscalatedTalkInput,
  ): Promise<EscalatedTalkObject> {
    return toEscalatedTalkObject(await this.records.recordEscalatedTalk(caller, input), revealsPersonalData(caller));
  }

  @Mutation(() => CadreTrainingObject, { description: `记录培训 (record a training a cadre attended). ${WRITERS}` })
  async recordTraining(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RecordTrainingInput, description: '培训记录 (the training)' }) input: RecordTrainingInput,
  ): Promise<CadreTrainingObject> {
    return toCadreTrainingObject(await this.records.recordTraining(caller, input));
  }

  @Mutation(() => MentorshipObject, { description: `指定帮带导师 (assign a mentor 导师帮带; the current mentorship ends when the new one begins). ${WRITERS}` })
  async assignMentor(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => AssignMentorInput, description: '帮带安排 (the mentorship)' }) input: AssignMentorInput,
  ): Promise<MentorshipObject> {
    return toMentorshipObject(await this.records.assignMentor(caller, input), revealsPersonalData(caller));
  }

  // Each list's first page for every cadre of a response costs two SQL statements.
  @ResolveField(() => MajorMatterReportConnection, { description: '重大事项报告 (major-matter reports, latest first)' })
  async majorMatterReports(
    @Parent() cadre: CadreObject,
    @Args() page: PageArgs,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<MajorMatterReportConnection> {
    const caller = userCallerOf(context);
    const found = await batchedPage(
      context,
      'cadre-major-matter-reports',
      cadre.id,
      page,
      (ids) => this.records.firstReportPages(caller, ids, page.first),
      () => this.records.reportsOf(caller, cadre.id, page),
    );
    const reveal = revealsPersonalData(caller);
    return toConnection(found, (report) => toMajorMatterReportObject(report, reveal));
  }

  @ResolveField(() => HalfYearAssessmentConnection, { description: '半年履职评估 (half-year assessments, latest first)' })
  async halfYearAssessments(
    @Parent() cadre: CadreObject,
    @Args() page: PageArgs,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<HalfYearAssessmentConnection> {
    const caller = userCallerOf(context);
    const found = await batchedPage(
      context,
      'cadre-half-year-assessments',
      cadre.id,
      page,
      (ids) => this.records.firstAssessmentPages(caller, ids, page.first),
      () => this.records.assessmentsOf(caller, cadre.id, page),
    );
    const reveal = revealsPersonalData(caller);
    return toConnection(found, (assessment) => toHalfYearAssessmentObject(assessment, reveal));
  }

  @ResolveField(() => EscalatedTalkConnection, { description: '提级谈话 (escalated talks, latest first)' })
  async escalatedTalks(@Parent() cadre: CadreObject, @Args() page: PageArgs, @RequestContextArg() context: SubgraphContext): Promise<EscalatedTalkConnection> {
    const caller = userCallerOf(context);
    const found = await batchedPage(
      context,
      'cadre-escalated-talks',
      cadre.id,
      page,
      (ids) => this.records.firstTalkPages(caller, ids, page.first),
      () => this.records.talksOf(caller, cadre.id, page),
    );
    const reveal = revealsPersonalData(caller);
    return toConnection(found, (talk) => toEscalatedTalkObject(talk, reveal));
  }

  @ResolveField(() => CadreTrainingConnection, { description: '培训记录 (trainings, latest first)' })
  async trainings(@Parent() cadre: CadreObject, @Args() page: PageArgs, @RequestContextArg() context: SubgraphContext): Promise<CadreTrainingConnection> {
    const caller = userCallerOf(context);
    const found = await batchedPage(
      context,
      'cadre-trainings',
      cadre.id,
      page,
      (ids) => this.records.firstTrainingPages(caller, ids, page.first),
      () => this.records.trainingsOf(caller, cadre.id, page),
    );
    return toConnection(found, toCadreTrainingObject);
  }

  @ResolveField(() => MentorshipConnection, { description: '导师帮带经历 (mentorships, latest first)' })
  async mentorships(@Parent() cadre: CadreObject, @Args() page: PageArgs, @RequestContextArg() context: SubgraphContext): Promise<MentorshipConnection> {
    const caller = userCallerOf(context);
    const found = await batchedPage(
      context,
      'cadre-mentorships',
      cadre.id,
      page,
      (ids) => this.records.firstMentorshipPages(caller, ids, page.first),
      () => this.records.mentorshipsOf(caller, cadre.id, page),
    );
    const reveal = revealsPersonalData(caller);
    return toConnection(found, (mentorship) => toMentorshipObject(mentorship, reveal));
  }

  @ResolveField(() => MentorshipObject, { nullable: true, description: '当前帮带导师 (the current mentorship; null without one)' })
  async mentor(@Parent() cadre: CadreObject, @RequestContextArg() context: SubgraphContext): Promise<MentorshipObject | null> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, Mentorship | null>(context, 'cadre-mentor', async (ids) =>
      byKeys(ids, await this.records.currentMentorships(caller, ids), (mentorship) => mentorship.mentee.id),
    );
    const mentorship = await loader.load(cadre.id);
    return mentorship ? toMentorshipObject(mentorship, revealsPersonalData(caller)) : null;
  }
}
