import { type LinkRole, linkQuotaOf } from '@grassroots/personnel-app';

export type LinkCandidate = { id: string; role: LinkRole; /** Households the person would like to link; capped at the role's quota. */ wanted: number };
export type Allocation = { personId: string; householdId: string };

/**
 * Hands out households to people in the order given, each household to one person, each person
 * at most their role's quota (村主干十户, 两委五户, 党员三户, 代表和网格员一户) however often
 * they are listed, until the households run out: whoever comes later may get fewer or none.
 */
export function allocateLinks(people: readonly LinkCandidate[], householdIds: readonly string[]): Allocation[] {
  const allocations: Allocation[] = [];
  const linked = new Map<string, number>();
  let next = 0;
  for (const person of people) {
    const already = linked.get(person.id) ?? 0;
    const take = Math.max(0, Math.min(person.wanted, linkQuotaOf(person.role) - already, householdIds.length - next));
    for (let index = 0; index < take; index++) allocations.push({ personId: person.id, householdId: householdIds[next++] });
    linked.set(person.id, already + take);
  }
  return allocations;
}
