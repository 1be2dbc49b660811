import { assertVisitDate, Household, HouseholdLink, HouseholdVisit, LinkPerson, type LinkPersonKind, visitMonthOf } from '@grassroots/personnel-app';
import { chineseName } from '../chinese-names';
import { type Random, seededId } from '../random';
import { activePosts, type CadreFacts, isChiefCadre, isTwoCommitteeMember } from './cadres';
import { addDays, addYears, ageOn, at, earliest, latest, monthStart, randomDate } from './dates';
import { allocateLinks, type LinkCandidate } from './link-allocation';
import { isCurrentMember, type MemberFacts } from './members';
import { weighted } from './profiles';
import { type RepresentativeFacts } from './representatives';
import { ACTOR, type VillageRun } from './village-run';

export type HouseholdFacts = { id: string; regionCode: string };

const VISIT_NOTES = ['了解生产生活情况', '宣传医保和养老保险政策', '帮助申请临时救助', '收集对村务的意见建议', '调解邻里纠纷', '提醒防汛和用电安全', null, null];

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const swap = random.int(0, index);
    [items[index], items[swap]] = [items[swap], items[index]];
  }
  return items;
}

/**
 * The village's households 农户, about a third of what the region tree counts (some 250 a village,
 * as in Macheng: 113,522 linked households over 460 villages), each in a village group.
 */
export function writeHouseholds(run: VillageRun): HouseholdFacts[] {
  const random = run.random('households');
  const { village } = run;
  const count = village.regionHouseholds
    ? Math.max(60, Math.round(village.regionHouseholds * (village.urban ? 0.28 : 0.33) * (0.9 + random.next() * 0.2)))
    : random.int(180, 320);
  const groups = village.groups.length ? village.groups : [{ code: village.code, shortName: village.shortName }];
  const numbers = new Map<string, number>();
  const created = at(addYears(run.today, -2));
  const rows = Array.from({ length: count }, (_, index) => {
    const group = groups[Math.floor((index * groups.length) / count)];
    const number = (numbers.get(group.code) ?? 0) + 1;
    numbers.set(group.code, number);
    const address = village.urban
      ? `${village.shortName}${random.int(1, 30)}栋${random.int(1, 4)}单元${random.int(1, 18)}0${random.int(1, 4)}室`
      : `${group.shortName}${number}号`;
    return { id: seededId(random), regionCode: group.code, headName: chineseName(random, random.chance(0.85) ? 'MALE' : 'FEMALE', 1960), address, createdBy: ACTOR, createdAt: created };
  });
  run.writer.add(Household, rows);
  return rows.map(({ id, regionCode }) => ({ id, regionCode }));
}

type Linker = LinkCandidate & { kind: LinkPersonKind; name: string; since: string };

/**
 * Household links 联户 within the quotas, each person once with the highest role their records
 * give (as the personnel service decides it): the chief cadres first, then the other
 * two-committee members, party members living in the village, representatives who are not
 * members and grid workers. A member links by the member record whatever else they are. Most
 * links have a visit 走访 in each of the last two months (one per link and month).
 */
export function writeHouseholdLinks(
  run: VillageRun,
  households: readonly HouseholdFacts[],
  people: { cadres: readonly CadreFacts[]; members: readonly MemberFacts[]; representatives: readonly RepresentativeFacts[] },
): void {
  const random = run.random('links');
  const { today } = run;
  const current = people.members.filter((member) => member.inVillage && isCurrentMember(member));
  const memberIds = new Set(people.members.filter(isCurrentMember).map((member) => member.id));
  const serving = people.cadres.filter(isTwoCommitteeMember);
  const cadreMembers = new Set(serving.map((cadre) => cadre.memberId).filter((id) => id !== null && memberIds.has(id)));
  const cadreLinker = (cadre: CadreFacts, role: 'CHIEF_CADRE' | 'TWO_COMMITTEE_MEMBER', wanted: number): Linker => {
    const asMember = cadre.memberId !== null && memberIds.has(cadre.memberId);
    const since = activePosts(cadre).reduce((first, held) => earliest(first, held.termStart), today);
    return { id: asMember ? (cadre.memberId as string) : cadre.id, kind: asMember ? 'MEMBER' : 'CADRE', name: cadre.name, role, wanted, since };
  };
  const roleHolders = new Set([...serving.map((cadre) => cadre.name), ...current.map((member) => member.name), ...people.representatives.map((representative) => representative.name)]);
  const linkers: Linker[] = [
    ...serving.filter(isChiefCadre).map((cadre) => cadreLinker(cadre, 'CHIEF_CADRE', random.int(8, 12))),
    ...serving.filter((cadre) => !isChiefCadre(cadre)).map((cadre) => cadreLinker(cadre, 'TWO_COMMITTEE_MEMBER', random.int(3, 6))),
    ...current
      .filter((member) => !cadreMembers.has(member.id) && ageOn(member.birthDate, today) < 85 && random.chance(0.85))
      .map((member) => ({
        id: member.id,
        kind: 'MEMBER' as const,
        name: member.name,
        role: 'PARTY_MEMBER' as const,
        wanted: weighted(random, [[3, 60], [2, 25], [1, 15]] as const),
        since: member.transfer?.on ?? member.joinedAt,
      })),
    ...people.representatives
      .filter((representative) => representative.memberId === null && random.chance(0.9))
      .map((representative) => ({ id: representative.id, kind: 'REPRESENTATIVE' as const, name: representative.name, role: 'REPRESENTATIVE' as const, wanted: 1, since: representative.electedAt })),
    // A grid worker is known by name only; a namesake of a role holder would be taken for them.
    ...[...new Set(run.village.gridWorkers.map((worker) => worker.name))]
      .filter((name) => !roleHolders.has(name))
      .map((name) => ({ id: seededId(random), kind: 'GRID_WORKER' as const, name, role: 'GRID_WORKER' as const, wanted: 1, since: addYears(today, -2) })),
  ];
  const byId = new Map(linkers.map((linker) => [linker.id, linker]));
  const regionOf = new Map(households.map((household) => [household.id, household.regionCode]));
  const allocations = allocateLinks(linkers, shuffle(random, households.map((household) => household.id)));

  const lastMonth = monthStart(today, -1);
  const links = allocations.map(({ personId, householdId }) => {
    const person = byId.get(personId) as Linker;
    const linkedAt = randomDate(random, latest(person.since, addYears(today, -3)), latest(person.since, addDays(lastMonth, -1)));
    return {
      id: seededId(random),
      person: personId,
      personName: person.name,
      personKind: person.kind,
      linkRole: person.role,
      household: householdId,
      regionCode: regionOf.get(householdId) as string,
      linkedAt,
      linkedBy: ACTOR,
      endedAt: null,
      createdAt: at(linkedAt),
    };
  });
  const linked = [...new Set(links.map((link) => link.person))].map((id) => byId.get(id) as Linker);
  run.writer.add(
    LinkPerson,
    linked.map((person) => ({ id: person.id, kind: person.kind, regionCode: run.village.code, name: person.name, linkRole: person.role, createdAt: at(person.since), updatedAt: at(person.since) })),
  );
  run.writer.add(HouseholdLink, links);
  run.writer.add(
    HouseholdVisit,
    links.flatMap((link) =>
      (
        [
          [lastMonth, 0.9],
          [monthStart(today), 0.7],
        ] as const
      ).flatMap(([month, chance]) => {
        const from = latest(month, link.linkedAt);
        const to = earliest(addDays(monthStart(month, 1), -1), today);
        if (from > to || !random.chance(chance)) return [];
        const visitedOn = randomDate(random, from, to);
        assertVisitDate(visitedOn, link, today);
        return [{ id: seededId(random), link: link.id, regionCode: link.regionCode, visitedOn, visitMonth: visitMonthOf(visitedOn), note: random.pick(VISIT_NOTES), recordedBy: ACTOR, recordedAt: at(visitedOn, 18) }];
      }),
    ),
  );
}
