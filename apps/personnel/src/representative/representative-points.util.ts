import { DomainError } from '@grassroots/kernel';
import { POINT_ITEMS, type PointItem, pointItemByCode } from './point-items';
import { type RepresentativeStatus } from './representative-status.util';

// Every representative starts each calendar year at 100 points 以100分为基准 (DOMAIN §2); a
// year's balance is the base plus that year's changes, so a new year starts again at 100.
export const BASE_POINTS = 100;

/** The largest deduction or bonus one change may carry. */
export const MAX_POINTS_PER_CHANGE = 20;

/** The first year the points system can hold records for. */
export const FIRST_POINTS_YEAR = 2000;

export type PointChangeRequest = { itemCode: string; points?: number | null };

/** The item and its signed points: deductions negative, bonuses positive, BAD_USER_INPUT otherwise. */
export function resolvePointChange(request: PointChangeRequest): { item: PointItem; points: number } {
  const item = pointItemByCode(request.itemCode);
  if (!item) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `itemCode "${request.itemCode}" is not a point item: use one of ${POINT_ITEMS.map((known) => known.code).join(', ')}`,
      { field: 'itemCode' },
    );
  }
  const points = request.points ?? item.defaultPoints;
  if (!Number.isInteger(points) || points === 0 || Math.abs(points) > MAX_POINTS_PER_CHANGE) {
    throw new DomainError('BAD_USER_INPUT', `points must be a whole number from 1 to ${MAX_POINTS_PER_CHANGE} in size, got ${points}`, {
      field: 'points',
    });
  }
  if (item.kind === 'DEDUCTION' && points > 0) {
    throw new DomainError('BAD_USER_INPUT', `${item.code} (${item.name}) deducts points: give a negative number such as ${item.defaultPoints}`, {
      field: 'points',
    });
  }
  if (item.kind === 'BONUS' && points < 0) {
    throw new DomainError('BAD_USER_INPUT', `${item.code} (${item.name}) adds points: give a positive number such as ${item.defaultPoints}`, {
      field: 'points',
    });
  }
  return { item, points };
}

/** The points year of a date: the calendar year (Asia/Shanghai dates are stored as text). */
export function pointsYearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** When the change happened: not after today, not before the representative was elected. */
export function assertPointDate(occurredOn: string, electedAt: string, today: string): void {
  if (occurredOn > today) {
    throw new DomainError('BAD_USER_INPUT', `occurredOn ${occurredOn} is in the future: points are recorded for what has happened`, {
      field: 'occurredOn',
    });
  }
  if (occurredOn < electedAt) {
    throw new DomainError('BAD_USER_INPUT', `occurredOn ${occurredOn} is before the representative was elected on ${electedAt}`, {
      field: 'occurredOn',
    });
  }
}

/** Only a serving representative collects points: CONFLICT for one replaced or resigned. */
export function assertMayReceivePoints(status: RepresentativeStatus, name: string): void {
  if (status !== 'ACTIVE') {
    throw new DomainError('CONFLICT', `${name} is ${status}, no longer a serving representative: points are kept only for ACTIVE representatives`, {
      status,
    });
  }
}

/** The year asked about, defaulting to this year; BAD_USER_INPUT for a future or implausible year. */
export function pointsYear(year: number | null | undefined, today: string): number {
  const current = pointsYearOf(today);
  const asked = year ?? current;
  if (!Number.isInteger(asked) || asked < FIRST_POINTS_YEAR || asked > current) {
    throw new DomainError('BAD_USER_INPUT', `year must be from ${FIRST_POINTS_YEAR} to ${current}, got ${asked}`, { field: 'year' });
  }
  return asked;
}

/** A year's balance: the base plus that year's changes. */
export function pointBalance(changes: readonly number[]): number {
  return changes.reduce((sum, points) => sum + points, BASE_POINTS);
}

/** The day whose serving representatives a year's ranking compares: 31 December, or today in the current year. */
export function rankingDay(year: number, today: string): string {
  const yearEnd = `${year}-12-31`;
  return yearEnd < today ? yearEnd : today;
}
