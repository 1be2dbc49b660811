import { type TalentKind, TalentRecord, TalentRecordChange } from '@grassroots/personnel-app';
import { chineseName } from '../chinese-names';
import { seededId } from '../random';
import { addDays, at, randomDate, yearOf } from './dates';
import { ACTOR, type VillageRun } from './village-run';

const NOTES: Record<TalentKind, readonly string[]> = {
  RESERVE: ['返乡创业青年，大专学历', '退役军人，中共党员', '致富能手，种养殖大户', '大学生村官', '本村合作社负责人'],
  RURAL_ELITE: ['在外经商，捐资修建村组道路', '退休教师，参与乡贤理事会调解', '退休干部，热心村务', '企业家，带动本村务工'],
  VOLUNTEER: ['新时代文明实践志愿者', '防汛巡堤志愿者', '关爱留守儿童志愿者', '环境卫生志愿者'],
};
const ENDED: Record<TalentKind, string> = { RESERVE: '已进入村两委班子', RURAL_ELITE: '迁居外地', VOLUNTEER: '外出务工' };

/** Talent pools 人才库: 2–4 reserve cadres 后备人才, a few rural elites 乡贤 and volunteers 志愿者; some ended. */
export function writeTalents(run: VillageRun): void {
  const random = run.random('talents');
  const { village, today } = run;
  const year = yearOf(today);
  const plan: [TalentKind, number, number][] = [
    ['RESERVE', random.int(2, 4), year - 2],
    ['RURAL_ELITE', random.int(1, 3), year - 7],
    ['VOLUNTEER', random.int(3, 8), year - 6],
  ];
  const records = plan.flatMap(([kind, count, firstYear]) =>
    Array.from({ length: count }, () => {
      const since = randomDate(random, `${firstYear}-01-01`, addDays(today, -30));
      // Volunteers are recorded by their village group when the village has groups.
      const regionCode = kind === 'VOLUNTEER' && village.groups.length ? random.pick(village.groups).code : village.code;
      const ended = random.chance(0.05) ? randomDate(random, addDays(since, 30), addDays(today, -1)) : null;
      return {
        row: {
          id: seededId(random),
          kind,
          name: chineseName(random, random.chance(kind === 'VOLUNTEER' ? 0.5 : 0.75) ? 'MALE' : 'FEMALE', kind === 'RESERVE' ? 1992 : 1968),
          regionCode,
          since,
          until: ended,
          note: random.pick(NOTES[kind]),
          recordedBy: ACTOR,
          createdAt: at(since),
        },
        ended,
      };
    }),
  );
  run.writer.add(TalentRecord, records.map(({ row }) => row));
  run.writer.add(
    TalentRecordChange,
    records.flatMap(({ row, ended }) =>
      ended ? [{ id: seededId(random), record: row.id, regionCode: row.regionCode, fromUntil: null, toUntil: ended, changedBy: ACTOR, changedAt: at(ended), note: ENDED[row.kind] }] : [],
    ),
  );
}
