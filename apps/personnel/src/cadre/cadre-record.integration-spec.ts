import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { CadreTraining } from './cadre-training.entity';
import { DutyLine, DutyLineAssignment } from './duty-line.entity';
import { EscalatedTalk } from './escalated-talk.entity';
import { HalfYearAssessment } from './half-year-assessment.entity';
import { MajorMatterReport } from './major-matter-report.entity';
import { Mentorship } from './mentorship.entity';
import { END_CADRE_POST, cadreFixtures, type Headers, OTHER_TOWNSHIP, OTHER_TOWNSHIP_VILLAGE, SECOND_VILLAGE, TOWNSHIP, VILLAGE } from './testing/cadre-fixtures';

const MAJOR_MATTER = `mutation Report($input: RecordMajorMatterReportInput!) {
  recordMajorMatterReport(input: $input) { id cadreId reportedOn category summary }
}`;
const HALF_YEAR = `mutation Assess($input: RecordHalfYearAssessmentInput!) {
  recordHalfYearAssessment(input: $input) { id cadreId year half grade note }
}`;
const DUTY_LINE = `mutation Line($input: AssignDutyLineInput!) {
  assignDutyLine(input: $input) { id name ownerId region { code } owner { id name } }
}`;
const TALK = `mutation Talk($input: RecordEscalatedTalkInput!) {
  recordEscalatedTalk(input: $input) { id cadreId talkedOn conductedBy reason note }
}`;
const TRAINING = `mutation Train($input: RecordTrainingInput!) {
  recordTraining(input: $input) { id cadreId trainedOn topic hours }
}`;
const MENTOR = `mutation Mentor($input: AssignMentorInput!) {
  assignMentor(input: $input) { id menteeId mentorCadreId mentorName since until }
}`;
const RECORDS = `query Records($id: ID!) {
  cadre(id: $id) {
    majorMatterReports { totalCount nodes { summary } }
    halfYearAssessments { totalCount nodes { year half grade } }
    escalatedTalks { totalCount nodes { reason } }
    trainings { totalCount nodes { topic hours } }
    dutyLines { totalCount nodes { name } }
    mentor { mentorName since until }
    mentorships { totalCount nodes { mentorName since until } }
  }
}`;
const UNTRAINED = `query Untrained($within: RegionCode, $asOf: LocalDate, $first: Int, $after: String) {
  untrainedCadresThisQuarter(within: $within, asOf: $asOf, first: $first, after: $after) { totalCount nodes { id name } }
}`;
const DUTY_LINES = `query Lines($within: RegionCode) { dutyLines(within: $within, first: 100) { totalCount nodes { name ownerId } } }`;

describe('Cadre management records (选育管用)', () => {
  let subgraph: TestSubgraph;
  let officer: Headers;
  let foreignOfficer: Headers;
  let analyst: Headers;
  let fixtures: ReturnType<typeof cadreFixtures>;
  let member: string; // a serving committee member of VILLAGE
  let chair: string; // a serving committee chair of VILLAGE
  let candidate: string; // registered, never appointed
  const statements: string[] = [];

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config), { queryLogger: (sql) => statements.push(sql) });
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP));
    foreignOfficer = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
    analyst = await identityHeaders(testCaller(['analyst'], '421181'));
    fixtures = cadreFixtures(subgraph, officer);
    member = (await fixtures.serving('陈委员', 'COMMITTEE_MEMBER')).cadreId;
    chair = (await fixtures.serving('周主任', 'COMMITTEE_CHAIR')).cadreId;
    candidate = await fixtures.register('吴候选');
  });
  afterAll(() => subgraph?.close());

  const rows = async () => {
    const em = subgraph.em();
    return {
      reports: await em.count(MajorMatterReport, {}),
      assessments: await em.count(HalfYearAssessment, {}),
      lines: await em.count(DutyLine, {}),
      lineAssignments: await em.count(DutyLineAssignment, {}),
      talks: await em.count(EscalatedTalk, {}),
      trainings: await em.count(CadreTraining, {}),
      mentorships: await em.count(Mentorship, {}),
    };
  };
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Headers = officer) =>
    graphqlRequest<T>(subgraph.url, query, variables, headers);
  const expectRefused = async (query: string, variables: Record<string, unknown>, code: string, message?: RegExp, headers: Headers = officer) => {
    const before = await rows();
    const response = await gql(query, variables, headers);
    expect(errorCodes(response)).toEqual([code]);
    if (message) expect(response.errors![0].message).toMatch(message);
    expect(await rows()).toEqual(before);
  };

  describe('major-matter reports 重大事项报告', () => {
    const input = () => ({ cadreId: member, reportedOn: '2026-10-01', category: 'WEDDING_OR_FUNERAL', summary: '儿子婚礼, 宴请20桌' });

    it('records a report, and masks its summary for an analyst', async () => {
      const before = await rows();
      const response = await gql<{ recordMajorMatterReport: Record<string, unknown> }>(MAJOR_MATTER, { input: input() });
      expect(response.errors).toBeUndefined();
      expect(response.data!.recordMajorMatterReport).toMatchObject({ cadreId: member, category: 'WEDDING_OR_FUNERAL', summary: '儿子婚礼, 宴请20桌' });
      expect(await rows()).toEqual({ ...before, reports: before.reports + 1 });
      const masked = await gql<{ cadre: { majorMatterReports: { nodes: { summary: string }[] } } }>(RECORDS, { id: member }, analyst);
      expect(masked.data!.cadre.majorMatterReports.nodes).toEqual([{ summary: '***' }]);
    });

    it.each([
      ['an empty summary', { summary: '  ' }, 'BAD_USER_INPUT'],
      ['a date in the future', { reportedOn: '2999-01-01' }, 'BAD_USER_INPUT'],
      ['an unknown category', { category: 'GAMBLING' }, 'BAD_USER_INPUT'],
      ['an unknown cadre', { cadreId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
    ])('refuses %s', async (_case, change, code) => {
      await expectRefused(MAJOR_MATTER, { input: { ...input(), ...change } }, code);
    });

    it('refuses an analyst and another township with FORBIDDEN', async () => {
      await expectRefused(MAJOR_MATTER, { input: input() }, 'FORBIDDEN', undefined, analyst);
      await expectRefused(MAJOR_MATTER, { input: input() }, 'FORBIDDEN', /outside your region scope/, foreignOfficer);
    });
  });

  describe('half-year assessments 半年履职评估', () => {
    it('records one per cadre per half-year and refuses a second with CONFLICT', async () => {
      const before = await rows();
      const response = await gql(HALF_YEAR, { input: { cadreId: member, year: 2026, half: 'FIRST', grade: 'EXCELLENT', note: '带头推进集体经济' } });
      expect(response.errors).toBeUndefined();
      expect(await rows()).toEqual({ ...before, assessments: before.assessments + 1 });
      await expectRefused(HALF_YEAR, { input: { cadreId: member, year: 2026, half: 'FIRST', grade: 'COMPETENT' } }, 'CONFLICT', /already has an assessment/);
    });

    it('refuses a half-year not begun with BAD_USER_INPUT and a cadre who held no post with CONFLICT', async () => {
      await expectRefused(HALF_YEAR, { input: { cadreId: member, year: 2027, half: 'FIRST', grade: 'COMPETENT' } }, 'BAD_USER_INPUT', /not begun/);
      await expectRefused(HALF_YEAR, { input: { cadreId: candidate, year: 2026, half: 'FIRST', grade: 'COMPETENT' } }, 'CONFLICT', /held no post/);
      await expectRefused(HALF_YEAR, { input: { cadreId: member, year: 2025, half: 'SECOND', grade: 'COMPETENT' } }, 'FORBIDDEN', undefined, foreignOfficer);
    });
  });

  describe('duty lines 精准履职考核', () => {
    it('creates a line, reassigns it by name with a recorded change, and lists it', async () => {
      const before = await rows();
      const created = await gql<{ assignDutyLine: { id: string; ownerId: string; owner: { name: string } } }>(DUTY_LINE, {
        input: { regionCode: VILLAGE, name: '党建', ownerId: member },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.assignDutyLine).toMatchObject({ ownerId: member, owner: { name: '陈委员' } });
      const reassigned = await gql<{ assignDutyLine: { id: string; ownerId: string } }>(DUTY_LINE, { input: { regionCode: VILLAGE, name: '党建', ownerId: chair } });
      expect(reassigned.data!.assignDutyLine).toMatchObject({ id: created.data!.assignDutyLine.id, ownerId: chair });
      expect(await rows()).toEqual({ ...before, lines: before.lines + 1, lineAssignments: before.lineAssignments + 2 });
      const history = await subgraph.em().find(DutyLineAssignment, { line: created.data!.assignDutyLine.id }, { orderBy: { assignedAt: 'asc' } });
      expect(history.map((row) => [row.fromOwner?.id ?? null, row.toOwner.id])).toEqual([
        [null, member],
        [member, chair],
      ]);
    });

    it('allows twelve lines per village and refuses the thirteenth with CONFLICT', async () => {
      const existing = await subgraph.em().count(DutyLine, { regionCode: VILLAGE });
      for (let index = existing; index < 12; index += 1) {
        const response = await gql(DUTY_LINE, { input: { regionCode: VILLAGE, name: `工作线${index + 1}`, ownerId: member } });
        expect(response.errors).toBeUndefined();
      }
      const lines = await gql<{ dutyLines: { totalCount: number } }>(DUTY_LINES, { within: VILLAGE });
      expect(lines.data!.dutyLines.totalCount).toBe(12);
      await expectRefused(DUTY_LINE, { input: { regionCode: VILLAGE, name: '第十三条线', ownerId: member } }, 'CONFLICT', /most allowed is 12/);
    });

    it('refuses an owner without a post or of another village with CONFLICT', async () => {
      await expectRefused(DUTY_LINE, { input: { regionCode: SECOND_VILLAGE, name: '集体经济', ownerId: member } }, 'CONFLICT', /not of/);
      await expectRefused(DUTY_LINE, { input: { regionCode: VILLAGE, name: '党建', ownerId: candidate } }, 'CONFLICT', /no active post/);
    });

    it('refuses a village outside the scope with FORBIDDEN and a township code with BAD_USER_INPUT', async () => {
      await expectRefused(DUTY_LINE, { input: { regionCode: OTHER_TOWNSHIP_VILLAGE, name: '党建', ownerId: member } }, 'FORBIDDEN');
      await expectRefused(DUTY_LINE, { input: { regionCode: TOWNSHIP, name: '党建', ownerId: member } }, 'BAD_USER_INPUT', /not a village/);
      await expectRefused(DUTY_LINE, { input: { regionCode: VILLAGE, name: '党建', ownerId: member } }, 'FORBIDDEN', undefined, analyst);
    });
  });

  describe('escalated talks 提级谈话 and training', () => {
    it('records a talk and a training', async () => {
      const before = await rows();
      const talk = await gql(TALK, { input: { cadreId: chair, talkedOn: '2026-09-10', conductedBy: '镇党委书记 刘明', reason: '村务公开不及时' } });
      expect(talk.errors).toBeUndefined();
      const training = await gql<{ recordTraining: { hours: number } }>(TRAINING, { input: { cadreId: chair, trainedOn: '2026-10-12', topic: '乡村振兴政策', hours: 2.5 } });
      expect(training.errors).toBeUndefined();
      expect(training.data!.recordTraining.hours).toBe(2.5);
      expect(await rows()).toEqual({ ...before, talks: before.talks + 1, trainings: before.trainings + 1 });
      const records = await gql<{ cadre: { trainings: { nodes: unknown[] }; escalatedTalks: { totalCount: number } } }>(RECORDS, { id: chair });
      expect(records.data!.cadre.trainings.nodes).toEqual([{ topic: '乡村振兴政策', hours: 2.5 }]);
      expect(records.data!.cadre.escalatedTalks.totalCount).toBe(1);
    });

    it.each([
      ['zero hours', { hours: 0 }],
      ['too many hours', { hours: 500 }],
      ['hundredths of an hour', { hours: 1.25 }],
      ['an empty topic', { topic: '' }],
    ])('refuses a training with %s with BAD_USER_INPUT', async (_case, change) => {
      await expectRefused(TRAINING, { input: { cadreId: chair, trainedOn: '2026-10-12', topic: '党纪学习', hours: 2, ...change } }, 'BAD_USER_INPUT');
    });

    it('refuses a talk without a reason, or in another township', async () => {
      const input = { cadreId: chair, talkedOn: '2026-09-10', conductedBy: '镇党委书记 刘明', reason: '村务公开不及时' };
      await expectRefused(TALK, { input: { ...input, reason: ' ' } }, 'BAD_USER_INPUT', /reason/);
      await expectRefused(TALK, { input }, 'FORBIDDEN', undefined, foreignOfficer);
    });
  });

  describe('mentoring 导师帮带', () => {
    it('assigns a mentor cadre, then replaces them, closing the first mentorship', async () => {
      const first = await gql<{ assignMentor: Record<string, unknown> }>(MENTOR, { input: { menteeId: candidate, mentorCadreId: chair, since: '2025-01-01' } });
      expect(first.errors).toBeUndefined();
      expect(first.data!.assignMentor).toMatchObject({ mentorCadreId: chair, mentorName: '周主任', until: null });
      const second = await gql(MENTOR, { input: { menteeId: candidate, mentorName: '镇组织委员 孙丽', since: '2026-01-01' } });
      expect(second.errors).toBeUndefined();
      const records = await gql<{ cadre: { mentor: Record<string, unknown>; mentorships: { totalCount: number; nodes: Record<string, unknown>[] } } }>(RECORDS, { id: candidate });
      expect(records.data!.cadre.mentor).toEqual({ mentorName: '镇组织委员 孙丽', since: '2026-01-01', until: null });
      expect(records.data!.cadre.mentorships.nodes).toEqual([
        { mentorName: '镇组织委员 孙丽', since: '2026-01-01', until: null },
        { mentorName: '周主任', since: '2025-01-01', until: '2026-01-01' },
      ]);
    });

    it.each([
      ['both a cadre and a name', { mentorCadreId: 'CHAIR', mentorName: '孙丽', since: '2026-06-01' }, 'BAD_USER_INPUT'],
      ['neither', { since: '2026-06-01' }, 'BAD_USER_INPUT'],
      ['the mentee themselves', { mentorCadreId: 'SELF', since: '2026-06-01' }, 'BAD_USER_INPUT'],
      ['a start before the current mentorship', { mentorName: '孙丽', since: '2025-06-01' }, 'CONFLICT'],
    ])('refuses %s', async (_case, change, code) => {
      const resolved = { ...change, ...('mentorCadreId' in change ? { mentorCadreId: change.mentorCadreId === 'SELF' ? candidate : chair } : {}) };
      await expectRefused(MENTOR, { input: { menteeId: candidate, ...resolved } }, code);
    });

    it('refuses a mentor from outside the scope with NOT_FOUND and a mentee of another township with FORBIDDEN', async () => {
      const outsider = await cadreFixtures(subgraph, await identityHeaders(testCaller(['organization-dept'], '421181'))).register('外镇导师', {
        regionCode: OTHER_TOWNSHIP_VILLAGE,
      });
      await expectRefused(MENTOR, { input: { menteeId: candidate, mentorCadreId: outsider, since: '2026-06-01' } }, 'NOT_FOUND');
      await expectRefused(MENTOR, { input: { menteeId: candidate, mentorName: '孙丽', since: '2026-06-01' } }, 'FORBIDDEN', undefined, foreignOfficer);
    });
  });

  describe('untrained two-committee members this quarter', () => {
    it('lists serving two-committee members without a training in the quarter of asOf', async () => {
      const village = '421181111203';
      const at = { regionCode: village };
      const trained = (await fixtures.serving('已培训', 'COMMITTEE_MEMBER', at)).cadreId;
      const lastQuarterOnly = (await fixtures.serving('上季度培训', 'DEPUTY_SECRETARY', at)).cadreId;
      const neverTrained = (await fixtures.serving('从未培训', 'BRANCH_COMMITTEE_MEMBER', at)).cadreId;
      await fixtures.serving('报账员', 'ACCOUNTANT', at);
      const left = await fixtures.serving('已离任', 'COMMITTEE_DEPUTY', at);
      await fixtures.call(END_CADRE_POST, { postId: left.postId, leftAt: '2026-02-01', reason: 'RESIGNED' });
      const later = await fixtures.register('新任', at);
      await fixtures.pass(later, '2026-05-20');
      await fixtures.appoint(later, 'COMMITTEE_MEMBER', '2026-06-01');
      await fixtures.call(TRAINING, { input: { cadreId: trained, trainedOn: '2026-04-10', topic: '基层治理', hours: 3 } });
      await fixtures.call(TRAINING, { input: { cadreId: lastQuarterOnly, trainedOn: '2026-03-20', topic: '基层治理', hours: 3 } });

      type Untrained = { untrainedCadresThisQuarter: { totalCount: number; nodes: { id: string; name: string }[] } };
      statements.length = 0;
      const response = await gql<Untrained>(UNTRAINED, { within: village, asOf: '2026-05-15' });
      expect(response.errors).toBeUndefined();
      // Computed in SQL: the page and its count, each with IN / NOT IN subqueries.
      const reads = statements.filter((sql) => sql.includes('cadre_training'));
      expect(reads).toHaveLength(2);
      expect(reads.every((sql) => /"id" not in \(select/i.test(sql))).toBe(true);
      expect(response.data!.untrainedCadresThisQuarter.nodes.map((node) => node.id).sort()).toEqual([lastQuarterOnly, neverTrained].sort());
      expect(response.data!.untrainedCadresThisQuarter.totalCount).toBe(2);

      // In the quarter of 2026-03-31, the training of 2026-03-20 counts and the April one does not.
      const firstQuarter = await gql<Untrained>(UNTRAINED, { within: village, asOf: '2026-03-31' });
      expect(firstQuarter.data!.untrainedCadresThisQuarter.nodes.map((node) => node.name).sort()).toEqual(['已培训', '从未培训'].sort());

      const foreign = await gql<Untrained>(UNTRAINED, { asOf: '2026-05-15' }, foreignOfficer);
      expect(foreign.data!.untrainedCadresThisQuarter.totalCount).toBe(0);
      expect(errorCodes(await gql(UNTRAINED, { within: village }, foreignOfficer))).toEqual(['FORBIDDEN']);
    });
  });
});
