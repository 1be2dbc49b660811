import { DomainError } from '@grassroots/kernel';

// Each link is visited monthly 每月走访: at most one recorded visit per link per calendar month.
export function visitMonthOf(date: string): string {
  return date.slice(0, 7);
}

/** A visit lies within the link's time and not in the future; BAD_USER_INPUT otherwise. */
export function assertVisitDate(visitedOn: string, link: { linkedAt: string; endedAt: string | null }, today: string): void {
  if (visitedOn > today) {
    throw new DomainError('BAD_USER_INPUT', `visitedOn ${visitedOn} is in the future: record a visit once it has taken place`, { field: 'visitedOn' });
  }
  if (visitedOn < link.linkedAt) {
    throw new DomainError('BAD_USER_INPUT', `visitedOn ${visitedOn} is before the link began (${link.linkedAt})`, { field: 'visitedOn' });
  }
  if (link.endedAt !== null && visitedOn > link.endedAt) {
    throw new DomainError('BAD_USER_INPUT', `visitedOn ${visitedOn} is after the link ended (${link.endedAt})`, { field: 'visitedOn' });
  }
}

/** CONFLICT when the link already has a visit in the month. */
export function assertFirstVisitOfMonth(existing: { visitedOn: string } | null, month: string): void {
  if (existing) {
    throw new DomainError('CONFLICT', `this link was already visited on ${existing.visitedOn}: one visit per link is recorded per month (${month})`, {
      month,
      visitedOn: existing.visitedOn,
    });
  }
}
