import {
  type AssessmentGrade,
  Cadre,
  CadrePost,
  CadrePostChange,
  CadreTraining,
  DutyLine,
  DutyLineAssignment,
  EscalatedTalk,
  HalfYearAssessment,
  type MajorMatterCategory,
  MajorMatterReport,
  Mentorship,
  QualificationReview,
} from '@grassroots/personnel-app';
import { chineseName } from '../chinese-names';
import { type Random, seededId } from '../random';
import { activePosts, type CadreFacts, isTwoCommitteeMember } from './cadres';
import { addDays, ageOn, at, earliest, latest, randomDate, yearOf } from './dates';
import { weighted } from './profiles';
import { ACTOR, type VillageRun } from './village-run';

const DUTY_LINES = ['党建工作', '集体经济', '产业发展', '安全生产', '综治维稳', '人居环境整治', '民政社保', '卫生健康', '防汛抗旱', '信访调解', '自然资源与耕地保护', '文明实践'];
const TOPICS = ['习近平新时代中国特色社会主义思想专题学习', '村级组织换届后履职能力培训', '农村集体"三资"管理培训', '基层矛盾纠纷化解实务', '乡村振兴产业项目培训', '村务公开与"四议两公开"培训', '安全生产与防汛应急培训'];
const GRADES: readonly (readonly [AssessmentGrade, number])[] = [
  ['EXCELLENT', 20],
  ['COMPETENT', 65],
  ['BASICALLY_COMPETENT', 12],
  ['INCOMPETENT', 3],
];
const MATTERS: readonly (readonly [MajorMatterCategory, string])[] = [
  ['WEDDING_OR_FUNERAL', '子女婚礼，拟宴请亲友10桌以内，不收受管理服务对象礼金'],
  ['WEDDING_OR_FUNERAL', '父亲丧事从简办理，报备后按村规民约执行'],
  ['ABSENCE', '因病赴武汉住院治疗，离村期间工作由副书记代管'],
  ['ABSENCE', '参加县委党校培训两周，离岗期间工作已交接'],
  ['RELATIVES_BUSINESS', '配偶经营农资门市，不参与村级采购项目'],
  ['LEGAL_MATTER', '本人作为证人参与一起民事诉讼'],
  ['OTHER', '本人在村合作社入股情况报告'],
];
const TALK_REASONS = ['村级财务支出审批不规范', '群众反映村务公开不及时', '重点工作推进滞后', '履职评估为基本称职', '信访问题化解不力'];
const FAILED_REASONS = [['受过刑事处罚'], ['存在涉黑涉恶问题'], ['长期外出务工，无法正常履职'], ['拖欠集体资金未清偿']];

// Quarters of `year` that have begun by `today`: [start, last day].
function quartersSoFar(year: number, today: string): [string, string][] {
  return [1, 4, 7, 10]
    .map((month): [string, string] => {
      const start = `${year}-${String(month).padStart(2, '0')}-01`;
      const end = month === 10 ? `${year}-12-31` : addDays(`${year}-${String(month + 3).padStart(2, '0')}-01`, -1);
      return [start, earliest(end, today)];
    })
    .filter(([start]) => start <= today);
}

/** Half-years that have ended by `today`, last year's and this year's. */
function endedHalves(today: string): { year: number; half: 'FIRST' | 'SECOND'; start: string; end: string }[] {
  const year = yearOf(today);
  return [year - 1, year]
    .flatMap((y) => [
      { year: y, half: 'FIRST' as const, start: `${y}-01-01`, end: `${y}-06-30` },
      { year: y, half: 'SECOND' as const, start: `${y}-07-01`, end: `${y}-12-31` },
    ])
    .filter((period) => period.end < today);
}

/** Posts, their changes and reviews; training, assessments, duty lines, talks, reports, mentors. */
export function writeCadres(run: VillageRun, cadres: readonly CadreFacts[]): void {
  const random = run.random('cadre-records');
  const code = run.village.code;
  const { writer, today } = run;
  const serving = cadres.filter(isTwoCommitteeMember);
  const secretary = serving.find((cadre) => activePosts(cadre).some((held) => held.post === 'SECRETARY'));

  for (const cadre of cadres) {
    const elections = [...new Set(cadre.posts.map((held) => held.termStart))].sort();
    const reviewed = (elections.length ? elections : [run.elections.current]).map((on) => addDays(on, -random.int(10, 40)));
    writer.add(Cadre, [
      { id: cadre.id, name: cadre.name, gender: cadre.gender, birthDate: cadre.birthDate, education: cadre.education, regionCode: code, memberId: cadre.memberId, createdBy: ACTOR, createdAt: at(addDays(reviewed[0], -1)) },
    ]);
    // Every appointment follows a passed review 任职资格审查; a refused candidate's review failed.
    writer.add(
      QualificationReview,
      reviewed.map((on) => ({
        id: seededId(random),
        cadre: cadre.id,
        regionCode: code,
        reviewedOn: on,
        result: cadre.refused ? ('FAILED' as const) : ('PASSED' as const),
        reasons: cadre.refused ? random.pick(FAILED_REASONS) : [],
        reviewedBy: ACTOR,
        recordedAt: at(on),
      })),
    );
    writer.add(
      CadrePost,
      cadre.posts.map((held) => ({ ...held, cadre: cadre.id, regionCode: code, leftNote: null, appointedBy: ACTOR, createdAt: at(held.termStart) })),
    );
    writer.add(
      CadrePostChange,
      cadre.posts.flatMap((held) => [
        { id: seededId(random), post: held.id, regionCode: code, fromStatus: null, toStatus: 'ACTIVE' as const, changedBy: ACTOR, changedAt: at(held.termStart), note: `elected or appointed on ${held.termStart}` },
        ...(held.leftAt
          ? [{ id: seededId(random), post: held.id, regionCode: code, fromStatus: 'ACTIVE' as const, toStatus: 'LEFT' as const, changedBy: ACTOR, changedAt: at(held.leftAt, 15), note: held.leftReason }]
          : []),
      ]),
    );
    writeAssessments(run, random, cadre);
  }
  for (const cadre of serving) {
    writeTrainings(run, random, cadre);
    if (random.chance(0.15)) {
      const [category, summary] = random.pick(MATTERS);
      const on = randomDate(random, `${yearOf(today)}-01-01`, today);
      writer.add(MajorMatterReport, [{ id: seededId(random), cadre: cadre.id, regionCode: code, reportedOn: on, category, summary, recordedBy: ACTOR, recordedAt: at(on) }]);
    }
  }
  if (serving.length && random.chance(0.08)) {
    const cadre = secretary && random.chance(0.6) ? secretary : random.pick(serving);
    const on = randomDate(random, `${yearOf(today)}-01-01`, today);
    writer.add(EscalatedTalk, [
      { id: seededId(random), cadre: cadre.id, regionCode: code, talkedOn: on, conductedBy: `${chineseName(random, 'MALE', 1975)}（乡镇党委书记）`, reason: random.pick(TALK_REASONS), note: null, recordedBy: ACTOR, recordedAt: at(on, 17) },
    ]);
  }
  writeMentorships(run, random, serving, secretary);
  writeDutyLines(run, random, serving, secretary);
}

// Every two-committee member is trained each quarter; a few have not been yet this quarter.
function writeTrainings(run: VillageRun, random: Random, cadre: CadreFacts): void {
  const since = activePosts(cadre).reduce((first, held) => earliest(first, held.termStart), run.today);
  const reElected = cadre.posts.some((held) => held.leftAt !== null);
  const quarters = quartersSoFar(yearOf(run.today), run.today);
  run.writer.add(
    CadreTraining,
    quarters.flatMap(([start, end], index) => {
      const from = reElected ? start : latest(start, since);
      const current = index === quarters.length - 1;
      if (from > end || !random.chance(current ? 0.88 : 0.96)) return [];
      const on = randomDate(random, from, end);
      return [{ id: seededId(random), cadre: cadre.id, regionCode: run.village.code, trainedOn: on, topic: random.pick(TOPICS), hours: random.int(4, 16) / 2, recordedBy: ACTOR, recordedAt: at(on, 18) }];
    }),
  );
}

// 半年履职评估 of each half-year the cadre held a post in, once the half is over.
function writeAssessments(run: VillageRun, random: Random, cadre: CadreFacts): void {
  run.writer.add(
    HalfYearAssessment,
    endedHalves(run.today)
      .filter(({ start, end }) => cadre.posts.some((held) => held.termStart <= end && (held.leftAt === null || held.leftAt >= start)))
      .map(({ year, half, end }) => ({
        id: seededId(random),
        cadre: cadre.id,
        regionCode: run.village.code,
        year,
        half,
        grade: weighted(random, GRADES),
        note: null,
        assessedBy: '乡镇党委考核组',
        recordedAt: at(earliest(addDays(end, random.int(10, 25)), run.today)),
      })),
  );
}

// 导师帮带: young committee members learn from the secretary, or from a township leader.
function writeMentorships(run: VillageRun, random: Random, serving: readonly CadreFacts[], secretary: CadreFacts | undefined): void {
  const young = serving.filter((cadre) => cadre !== secretary && ageOn(cadre.birthDate, run.today) < 35 && random.chance(0.8));
  run.writer.add(
    Mentorship,
    young.map((mentee) => {
      const bySecretary = secretary && random.chance(0.7);
      const since = randomDate(random, addDays(run.elections.current, 7), earliest(addDays(run.elections.current, 90), run.today));
      return {
        id: seededId(random),
        mentee: mentee.id,
        regionCode: run.village.code,
        mentorCadre: bySecretary ? secretary.id : null,
        mentorName: bySecretary ? secretary.name : `${chineseName(random, 'MALE', 1978)}（乡镇党委副书记）`,
        since,
        until: null,
        assignedBy: ACTOR,
        recordedAt: at(since),
      };
    }),
  );
}

// 精准履职考核: eight to twelve work lines, party building with the secretary, the rest in turn.
function writeDutyLines(run: VillageRun, random: Random, serving: readonly CadreFacts[], secretary: CadreFacts | undefined): void {
  if (!serving.length) return;
  const owners = secretary ? [secretary, ...serving.filter((cadre) => cadre !== secretary)] : [...serving];
  const names = [DUTY_LINES[0], ...DUTY_LINES.slice(1).filter(() => random.chance(0.8))].slice(0, 12);
  const created = at(earliest(addDays(run.elections.current, 20), run.today));
  names.forEach((name, index) => {
    const owner = owners[index % owners.length];
    const line = { id: seededId(random), regionCode: run.village.code, name, owner: owner.id, createdAt: created, updatedAt: created };
    // Some lines changed hands since the election: the first owner handed over to the current one.
    const first = owners.length > 1 && index > 0 && random.chance(0.1) ? owners[(index + 1) % owners.length] : owner;
    run.writer.add(DutyLine, [line]);
    run.writer.add(DutyLineAssignment, [
      { id: seededId(random), line: line.id, regionCode: line.regionCode, fromOwner: null, toOwner: first.id, assignedBy: ACTOR, assignedAt: created },
      ...(first !== owner
        ? [{ id: seededId(random), line: line.id, regionCode: line.regionCode, fromOwner: first.id, toOwner: owner.id, assignedBy: ACTOR, assignedAt: at(randomDate(random, addDays(run.elections.current, 60), run.today)) }]
        : []),
    ]);
  });
}
