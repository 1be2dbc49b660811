import { type RequiredEntityData } from '@mikro-orm/postgresql';
import {
  assertPointDate,
  assertReplacementDates,
  POINT_ITEMS,
  RepresentativePointChange,
  RepresentativeStatusChange,
  resolvePointChange,
  VillageRepresentative,
} from '@grassroots/personnel-app';
import { chineseName } from '../chinese-names';
import { type Random, seededId } from '../random';
import { addDays, at, earliest, latest, randomDate, yearOf } from './dates';
import { type MemberFacts } from './members';
import { weighted } from './profiles';
import { ACTOR, type VillageRun } from './village-run';

/** A serving representative as the household links see them. */
export type RepresentativeFacts = { id: string; name: string; memberId: string | null; electedAt: string };

const REPLACEMENT_REASONS = ['长期外出务工，无法履行代表职责', '违反村规民约，经村民会议撤换', '年老体弱，本人申请并经村民会议同意撤换'];
const CHANGES_PER_YEAR: readonly (readonly [number, number])[] = [
  [0, 45],
  [1, 30],
  [2, 17],
  [3, 8],
];

/**
 * Villagers' representatives 村民代表, about one per ten households (20 to 40): most first
 * elected at the previous general election and serving on, some new this term; about a third are
 * party members living in the village. Each has this and last year's deductions and bonuses from
 * the configured point items, and a few villages replaced one 撤换 (filed with the county).
 */
export function planRepresentatives(run: VillageRun, households: number, members: readonly MemberFacts[]): RepresentativeFacts[] {
  const random = run.random('representatives');
  const code = run.village.code;
  const { current, previous } = run.elections;
  const count = Math.min(40, Math.max(20, Math.round((households / 10) * (0.85 + random.next() * 0.3))));
  const candidates = members.filter((member) => member.inVillage && !member.departure);
  const serving: RepresentativeFacts[] = [];
  const statusRows: RequiredEntityData<RepresentativeStatusChange>[] = [];
  const representativeRows: RequiredEntityData<VillageRepresentative>[] = [];

  for (let index = 0; index < count; index++) {
    const member = candidates.length && random.chance(0.3) ? candidates.splice(random.int(0, candidates.length - 1), 1)[0] : null;
    const electedAt = random.chance(0.7) ? previous : addDays(current, -random.int(10, 30));
    const representative = { id: seededId(random), name: member?.name ?? chineseName(random, random.chance(0.7) ? 'MALE' : 'FEMALE', 1965), memberId: member?.id ?? null, electedAt };
    representativeRows.push({ ...representative, regionCode: code, status: 'ACTIVE', leftOn: null, replacedBy: null, createdBy: ACTOR, createdAt: at(electedAt) });
    statusRows.push(elected(random, code, representative));
    serving.push(representative);
  }

  if (random.chance(0.1)) {
    const outgoing = serving.find((representative) => representative.electedAt === previous && !representative.memberId);
    if (outgoing) {
      const electedAt = randomDate(random, addDays(current, 30), addDays(run.today, -20));
      const filedWithCountyOn = earliest(addDays(electedAt, random.int(3, 20)), run.today);
      assertReplacementDates({ outgoingElectedAt: outgoing.electedAt, incomingElectedAt: electedAt, filedWithCountyOn, today: run.today });
      const incoming = { id: seededId(random), name: chineseName(random, 'MALE', 1970), memberId: null, electedAt };
      // Rows and serving representatives were added in the same order.
      Object.assign(representativeRows[serving.indexOf(outgoing)], { status: 'REPLACED', leftOn: electedAt, replacedBy: incoming.id });
      representativeRows.push({ ...incoming, regionCode: code, status: 'ACTIVE', leftOn: null, replacedBy: null, createdBy: ACTOR, createdAt: at(electedAt) });
      const filed = { reason: random.pick(REPLACEMENT_REASONS), filedWithCountyOn, changedBy: ACTOR, changedAt: at(filedWithCountyOn) };
      statusRows.push(
        { id: seededId(random), representative: outgoing.id, regionCode: code, fromStatus: 'ACTIVE', toStatus: 'REPLACED', effectiveOn: electedAt, counterpartId: incoming.id, ...filed },
        { id: seededId(random), representative: incoming.id, regionCode: code, fromStatus: null, toStatus: 'ACTIVE', effectiveOn: electedAt, counterpartId: outgoing.id, ...filed },
      );
      serving.splice(serving.indexOf(outgoing), 1, incoming);
      writePoints(run, random, outgoing, addDays(electedAt, -1));
    }
  }
  run.writer.add(VillageRepresentative, representativeRows);
  run.writer.add(RepresentativeStatusChange, statusRows);
  for (const representative of serving) writePoints(run, random, representative, run.today);
  return serving;
}

// The row the service writes at an election: from no status to ACTIVE.
function elected(random: Random, regionCode: string, representative: RepresentativeFacts): RequiredEntityData<RepresentativeStatusChange> {
  return {
    id: seededId(random),
    representative: representative.id,
    regionCode,
    fromStatus: null,
    toStatus: 'ACTIVE',
    effectiveOn: representative.electedAt,
    reason: '当选 (elected)',
    filedWithCountyOn: null,
    counterpartId: null,
    changedBy: ACTOR,
    changedAt: at(representative.electedAt),
  };
}

// Last year's and this year's 扣分/加分: most representatives have none to three changes a year.
function writePoints(run: VillageRun, random: Random, representative: RepresentativeFacts, lastDay: string): void {
  const thisYear = yearOf(run.today);
  const rows = [thisYear - 1, thisYear].flatMap((year) => {
    const from = latest(`${year}-01-01`, representative.electedAt);
    const to = earliest(`${year}-12-31`, lastDay, run.today);
    if (from > to) return [];
    return Array.from({ length: weighted(random, CHANGES_PER_YEAR) }, () => {
      const item = random.chance(0.4) ? random.pick(POINT_ITEMS.filter((candidate) => candidate.kind === 'DEDUCTION')) : random.pick(POINT_ITEMS.filter((candidate) => candidate.kind === 'BONUS'));
      const { points } = resolvePointChange({ itemCode: item.code });
      const occurredOn = randomDate(random, from, to);
      assertPointDate(occurredOn, representative.electedAt, run.today);
      return {
        id: seededId(random),
        representative: representative.id,
        regionCode: run.village.code,
        year: yearOf(occurredOn),
        itemCode: item.code,
        points,
        reason: item.name,
        occurredOn,
        recordedBy: ACTOR,
        recordedAt: at(earliest(addDays(occurredOn, random.int(0, 5)), run.today)),
      };
    });
  });
  run.writer.add(RepresentativePointChange, rows);
}
