import { DomainError } from '@grassroots/kernel';

/** A stay in a village: `endDate` is the last day, null while open-ended. */
export type Stay = { id: string; startDate: string; endDate: string | null };

/** True when the stay covers `date`. */
export function isActiveOn(stay: Pick<Stay, 'startDate' | 'endDate'>, date: string): boolean {
  return stay.startDate <= date && (stay.endDate === null || stay.endDate >= date);
}

export function staysOverlap(a: Pick<Stay, 'startDate' | 'endDate'>, b: Pick<Stay, 'startDate' | 'endDate'>): boolean {
  return (a.endDate === null || a.endDate >= b.startDate) && (b.endDate === null || b.endDate >= a.startDate);
}

/** BAD_USER_INPUT when the end comes before the start. */
export function assertStayDates(startDate: string, endDate: string | null): void {
  if (endDate !== null && endDate < startDate) {
    throw new DomainError('BAD_USER_INPUT', `endDate ${endDate} is before startDate ${startDate}`, { field: 'endDate' });
  }
}

/** One first secretary 第一书记 per village at a time: CONFLICT when the new stay overlaps another. */
export function assertNoOverlappingFirstSecretary(others: readonly Stay[], stay: Pick<Stay, 'startDate' | 'endDate'>, regionCode: string): void {
  const clash = others.find((other) => staysOverlap(other, stay));
  if (clash) {
    const until = clash.endDate ?? 'open-ended';
    throw new DomainError(
      'CONFLICT',
      `village ${regionCode} already has a first secretary from ${clash.startDate} to ${until} (${clash.id}): end that assignment first or start after it`,
      { existingId: clash.id },
    );
  }
}

/** An assignment ends once: CONFLICT when it already ended on or before `today`. */
export function assertStayMayEnd(stay: Pick<Stay, 'startDate' | 'endDate'>, endDate: string, today: string): void {
  if (stay.endDate !== null && stay.endDate <= today) {
    throw new DomainError('CONFLICT', `the assignment already ended on ${stay.endDate}`, { endDate: stay.endDate });
  }
  assertStayDates(stay.startDate, endDate);
}
