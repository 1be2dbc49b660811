import { type DispatchedRole, DispatchedCadre, DispatchedCadreChange, SET_BY_ORGANIZATION, type VillageType, VillageTypePeriod } from '@grassroots/personnel-app';
import { chineseName } from '../chinese-names';
import { type Random, seededId } from '../random';
import { addDays, addYears, at, randomDate } from './dates';
import { ACTOR, type VillageRun } from './village-run';

const DEPARTMENTS = ['委组织部', '委宣传部', '纪委监委', '财政局', '农业农村局', '人力资源和社会保障局', '自然资源和规划局', '交通运输局', '水利和湖泊局', '卫生健康局', '教育局', '住房和城乡建设局', '民政局', '市场监督管理局', '乡村振兴局', '发展和改革局'];

/**
 * The village's type 村类型, as personnel records it: weak organizations 软弱涣散村 from
 * organization's case (what the case events would have set: from designation to 销号), and some
 * poverty-relief 脱贫村 (the county left poverty in 2019), relocation and model villages.
 */
function writeVillageType(run: VillageRun, random: Random): VillageType | null {
  const { weakCase, urban, code } = run.village;
  const now = at(run.today, 8);
  if (weakCase) {
    run.writer.add(VillageTypePeriod, [
      {
        id: seededId(random),
        regionCode: code,
        villageType: 'WEAK_ORGANIZATION',
        since: weakCase.designatedAt,
        until: weakCase.closedAt,
        setBy: SET_BY_ORGANIZATION,
        caseId: weakCase.id,
        note: weakCase.reasons.join('; ') || null,
        endedBy: weakCase.closedAt ? SET_BY_ORGANIZATION : null,
        endNote: weakCase.closedAt ? `销号: case ${weakCase.id} closed` : null,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    return 'WEAK_ORGANIZATION';
  }
  const roll = random.next();
  const type: VillageType | null = urban ? (roll < 0.03 ? 'MODEL' : null) : roll < 0.05 ? 'POVERTY_RELIEF' : roll < 0.055 ? 'RELOCATED' : roll < 0.065 ? 'MODEL' : null;
  if (!type) return null;
  const since = type === 'POVERTY_RELIEF' ? '2019-04-30' : type === 'RELOCATED' ? '2018-06-30' : randomDate(random, addYears(run.today, -3), addYears(run.today, -1));
  run.writer.add(VillageTypePeriod, [
    { id: seededId(random), regionCode: code, villageType: type, since, until: null, setBy: ACTOR, caseId: null, note: null, endedBy: null, endNote: null, createdAt: now, updatedAt: now },
  ]);
  return type;
}

/**
 * First secretaries 第一书记 and work teams 驻村工作队 from county departments (DOMAIN §2: 367
 * first secretaries in a city of about 4,000 villages, so some 45 in a county): two-year stays,
 * some villages with a predecessor on record, and about one in ten whose first secretary has
 * left without a successor yet (the "villages without a first secretary" list).
 */
export function writeDispatchedCadres(run: VillageRun): void {
  const random = run.random('dispatched');
  const type = writeVillageType(run, random);
  if (!type) return;
  const { today } = run;
  const unit = () => (random.chance(0.15) ? `中共${run.county.shortName}` : run.county.shortName) + random.pick(DEPARTMENTS);
  const rows: { id: string; role: DispatchedRole; sendingUnit: string; startDate: string; endDate: string | null }[] = [];
  const add = (role: DispatchedRole, sendingUnit: string, startDate: string, endDate: string | null) => {
    const row = { id: seededId(random), role, sendingUnit, startDate, endDate };
    rows.push(row);
    return row;
  };
  const changes: { assignment: string; fromEndDate: string | null; toEndDate: string; on: string }[] = [];

  const vacant = random.chance(0.1);
  const start = vacant ? randomDate(random, addYears(today, -3), addDays(addYears(today, -2), -1)) : randomDate(random, addYears(today, -2), addDays(today, -30));
  const sendingUnit = unit();
  if (vacant) {
    // Called back early: the planned end was brought forward, and nobody has replaced them yet.
    const planned = addYears(start, 2);
    const ended = randomDate(random, addDays(today, -200), addDays(today, -30));
    const row = add('FIRST_SECRETARY', sendingUnit, start, ended < planned ? ended : planned);
    if (ended < planned) changes.push({ assignment: row.id, fromEndDate: planned, toEndDate: ended, on: ended });
  } else {
    if (random.chance(0.4)) add('FIRST_SECRETARY', unit(), addYears(start, -2), addDays(start, -1));
    add('FIRST_SECRETARY', sendingUnit, start, random.chance(0.3) ? null : addYears(start, 2));
  }
  if (type !== 'MODEL') {
    const teamStart = vacant ? randomDate(random, addDays(today, -180), addDays(today, -10)) : start;
    add('WORK_TEAM_LEADER', sendingUnit, teamStart, null);
    for (let index = random.int(1, 2); index > 0; index--) add('WORK_TEAM_MEMBER', unit(), teamStart, null);
  }
  run.writer.add(
    DispatchedCadre,
    rows.map((row) => ({
      ...row,
      name: chineseName(random, random.chance(0.8) ? 'MALE' : 'FEMALE', 1982),
      regionCode: run.village.code,
      villageType: type,
      recordedBy: ACTOR,
      createdAt: at(row.startDate),
      updatedAt: at(row.startDate),
    })),
  );
  run.writer.add(
    DispatchedCadreChange,
    changes.map((change) => ({
      id: seededId(random),
      assignment: change.assignment,
      regionCode: run.village.code,
      fromEndDate: change.fromEndDate,
      toEndDate: change.toEndDate,
      changedBy: ACTOR,
      changedAt: at(change.on),
      note: '派出单位工作需要，提前召回',
    })),
  );
}
