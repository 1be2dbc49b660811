import { AnnualRecord, type AnnualRating, type DepartureReason, type Education, type Gender, MemberDeparture, MemberTransfer, PartyMember } from '@grassroots/personnel-app';
import { chineseName } from '../chinese-names';
import { type Random, seededId } from '../random';
import { addDays, addYears, ageOn, at, birthDateForAge, earliest, latest, randomDate, yearOf } from './dates';
import { mobilePhone } from './id-numbers';
import { memberAge, memberEducation, memberGender, weighted } from './profiles';
import { ACTOR, type VillageRun } from './village-run';

/** A party member of the village as generated, before sealing. */
export type MemberFacts = {
  id: string;
  name: string;
  gender: Gender;
  birthDate: string;
  education: Education;
  branchId: string;
  inVillage: boolean;
  joinedAt: string;
  status: 'FULL' | 'PROBATIONARY';
  idNumber: string;
  phone: string | null;
  /** Came from another village of the county 组织关系转入. */
  transfer: { fromRegionCode: string; fromBranchId: string; fromInVillage: boolean; on: string } | null;
  departure: { reason: DepartureReason; on: string } | null;
};

export const isCurrentMember = (member: MemberFacts): boolean => member.departure === null;

export type Person = { id: string; name: string; gender: Gender; birthDate: string; education: Education };

/**
 * A full member from a person: joined at 19 to 44 (never before 18, and over a year ago so
 * probation is behind them), with an ID number of the county and usually a mobile phone.
 */
export function fullMember(run: VillageRun, random: Random, person: Person, branchId: string, inVillage: boolean): MemberFacts {
  const adult = addDays(addYears(person.birthDate, 18), 30);
  const lastFull = addDays(run.today, -400);
  const joinAge = 19 + Math.floor(Math.pow(random.next(), 1.4) * 26);
  const drawn = randomDate(random, addYears(person.birthDate, joinAge), addYears(person.birthDate, joinAge + 1));
  const joinedAt = drawn <= lastFull ? drawn : randomDate(random, adult, lastFull);
  const age = ageOn(person.birthDate, run.today);
  return {
    ...person,
    branchId,
    inVillage,
    joinedAt,
    status: 'FULL',
    idNumber: run.ids.next(random, person.birthDate, person.gender),
    phone: random.chance(age > 75 ? 0.7 : 0.95) ? mobilePhone(random) : null,
    transfer: null,
    departure: null,
  };
}

/** How many members a village has: about 25–80 in a rural village by its size, more in an urban community. */
function memberTarget(run: VillageRun, random: Random): number {
  const { regionHouseholds, urban } = run.village;
  if (regionHouseholds === 0) return random.int(25, 60);
  const scaled = Math.round(regionHouseholds * (urban ? 0.045 : 0.059) * (0.85 + random.next() * 0.3));
  return urban ? Math.min(160, Math.max(60, scaled)) : Math.min(80, Math.max(25, scaled));
}

// Only about a third of rural members stay in the village (DOMAIN §2), cadres and central
// households' anchors among them; of the others, those who stay are mostly the elderly.
function livesInVillage(random: Random, age: number, urban: boolean): boolean {
  if (urban) return random.chance(0.85);
  return random.chance(age < 46 ? 0.05 : age < 60 ? 0.1 : age <= 75 ? 0.2 : 0.3);
}

/**
 * The village's ordinary members besides its cadres: the central households' anchors first (in
 * the village, in the branch above their household), then members spread over the branches;
 * some moved in from another village, a few have left (died, transferred out).
 */
export function planMembers(run: VillageRun, alreadyPlanned: number): MemberFacts[] {
  const random = run.random('members');
  const { village } = run;
  const count = Math.max(village.anchors.length, memberTarget(run, random) - alreadyPlanned);
  const otherVillages = run.county.villages.filter((other) => other.code !== village.code && other.branchIds.length > 0);
  return Array.from({ length: count }, (_, index) => {
    const anchor = village.anchors[index];
    const age = memberAge(random, village.urban);
    const gender = memberGender(random, village.urban);
    const birthDate = birthDateForAge(random, age, run.today);
    const person = {
      id: anchor?.memberId ?? seededId(random),
      name: chineseName(random, gender, yearOf(birthDate)),
      gender,
      birthDate,
      education: memberEducation(random, age, village.urban),
    };
    const branchId = anchor?.branchId ?? random.pick(village.branchIds);
    const member = fullMember(run, random, person, branchId, anchor ? true : livesInVillage(random, age, village.urban));
    if (otherVillages.length && random.chance(0.05)) {
      const from = random.pick(otherVillages);
      const on = randomDate(random, addYears(member.joinedAt, 1), addDays(run.today, -60));
      if (on <= addDays(run.today, -60)) member.transfer = { fromRegionCode: from.code, fromBranchId: random.pick(from.branchIds), fromInVillage: random.chance(0.4), on };
    }
    if (!anchor && random.chance(0.03)) {
      const reason: DepartureReason = random.chance(age >= 70 ? 0.85 : 0.2) ? 'DIED' : 'TRANSFERRED_OUT';
      const since = latest(addYears(member.joinedAt, 1), member.transfer ? addDays(member.transfer.on, 1) : member.joinedAt, addYears(run.today, -3));
      member.departure = { reason, on: randomDate(random, since, addDays(run.today, -1)) };
    }
    return member;
  });
}

const RATINGS: readonly (readonly [AnnualRating, number])[] = [
  ['EXCELLENT', 15],
  ['QUALIFIED', 78],
  ['BASICALLY_QUALIFIED', 6],
  ['UNQUALIFIED', 1],
];

function annualSummary(random: Random, member: MemberFacts): string {
  if (!member.inVillage) return `流动党员，线上参加组织生活${random.int(4, 12)}次，按时交纳党费，返乡期间参加主题党日${random.int(0, 3)}次`;
  return `参加"三会一课"${random.int(8, 16)}次、主题党日${random.int(8, 12)}次，联系服务群众${random.int(3, 20)}人次，按时交纳党费`;
}

/** Writes the members with their sealed data, transfers in, departures and last year's annual records 年度纪实. */
export function writeMembers(run: VillageRun, members: readonly MemberFacts[]): void {
  const random = run.random('member-records');
  const now = at(run.today, 8);
  const lastYear = yearOf(run.today) - 1;
  const code = run.village.code;
  run.writer.add(
    PartyMember,
    members.map((member) => ({
      id: member.id,
      name: member.name,
      regionCode: code,
      branchId: member.branchId,
      inVillage: member.inVillage,
      joinedAt: member.joinedAt,
      status: member.status,
      gender: member.gender,
      birthDate: member.birthDate,
      education: member.education,
      ...run.sealer.seal(member, run.today),
      branchSince: member.transfer?.on ?? null,
      suspendedSince: null,
      leftAt: member.departure?.on ?? null,
      leftReason: member.departure?.reason ?? null,
      createdAt: now,
      updatedAt: now,
    })),
  );
  run.writer.add(
    MemberTransfer,
    members.flatMap(({ id, transfer, branchId, inVillage }) =>
      transfer
        ? [
            {
              id: seededId(random),
              member: id,
              regionCode: code,
              fromRegionCode: transfer.fromRegionCode,
              fromBranchId: transfer.fromBranchId,
              toBranchId: branchId,
              fromInVillage: transfer.fromInVillage,
              inVillage,
              transferredAt: transfer.on,
              note: '组织关系转接 (县内转入)',
              recordedBy: ACTOR,
              recordedAt: at(transfer.on),
            },
          ]
        : [],
    ),
  );
  run.writer.add(
    MemberDeparture,
    members.flatMap(({ id, departure, branchId }) =>
      departure
        ? [{ id: seededId(random), member: id, regionCode: code, branchId, reason: departure.reason, leftAt: departure.on, note: null, recordedBy: ACTOR, recordedAt: at(departure.on, 16) }]
        : [],
    ),
  );
  run.writer.add(
    AnnualRecord,
    members
      .filter((member) => yearOf(member.joinedAt) <= lastYear && (!member.departure || yearOf(member.departure.on) >= lastYear) && random.chance(0.92))
      .map((member) => ({
        id: seededId(random),
        member: member.id,
        regionCode: code,
        year: lastYear,
        rating: weighted(random, RATINGS),
        summary: annualSummary(random, member),
        recordedBy: ACTOR,
        recordedAt: at(earliest(`${lastYear + 1}-01-${String(random.int(10, 31)).padStart(2, '0')}`, run.today)),
      })),
  );
}
