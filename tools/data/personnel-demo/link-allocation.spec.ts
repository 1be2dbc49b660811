import { LINK_QUOTAS, type LinkRole } from '@grassroots/personnel-app';
import { allocateLinks, type LinkCandidate } from './link-allocation';

const households = (count: number) => Array.from({ length: count }, (_, index) => `h${index}`);
const linksPerPerson = (allocations: { personId: string }[]) =>
  allocations.reduce((counts, { personId }) => counts.set(personId, (counts.get(personId) ?? 0) + 1), new Map<string, number>());

describe(allocateLinks.name, () => {
  it('gives each person what they want up to the quota of their role', () => {
    const people: LinkCandidate[] = [
      { id: 'secretary', role: 'CHIEF_CADRE', wanted: 12 },
      { id: 'committee', role: 'TWO_COMMITTEE_MEMBER', wanted: 4 },
      { id: 'member', role: 'PARTY_MEMBER', wanted: 5 },
      { id: 'representative', role: 'REPRESENTATIVE', wanted: 2 },
      { id: 'grid-worker', role: 'GRID_WORKER', wanted: 1 },
    ];
    const sut = allocateLinks(people, households(100));
    expect(Object.fromEntries(linksPerPerson(sut))).toEqual({ secretary: 10, committee: 4, member: 3, representative: 1, 'grid-worker': 1 });
  });

  it('never exceeds a quota, also for a person listed twice, and links each household once', () => {
    const roles = Object.keys(LINK_QUOTAS) as LinkRole[];
    const people: LinkCandidate[] = Array.from({ length: 200 }, (_, index) => ({ id: `p${index % 120}`, role: roles[index % 120 % roles.length], wanted: (index % 13) - 1 }));
    const sut = allocateLinks(people, households(1_000));
    const roleOf = new Map(people.map((person) => [person.id, person.role]));
    for (const [personId, count] of linksPerPerson(sut)) expect(count).toBeLessThanOrEqual(LINK_QUOTAS[roleOf.get(personId) as LinkRole]);
    expect(new Set(sut.map((allocation) => allocation.householdId)).size).toBe(sut.length);
  });

  it('stops when the households run out: those listed last get fewer or none', () => {
    const sut = allocateLinks(
      [
        { id: 'secretary', role: 'CHIEF_CADRE', wanted: 10 },
        { id: 'member', role: 'PARTY_MEMBER', wanted: 3 },
        { id: 'late', role: 'PARTY_MEMBER', wanted: 3 },
      ],
      households(12),
    );
    expect(Object.fromEntries(linksPerPerson(sut))).toEqual({ secretary: 10, member: 2 });
  });
});
