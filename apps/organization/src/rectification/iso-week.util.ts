import { DomainError } from '@grassroots/kernel';

// Weekly reports 周报 are filed per ISO week (Monday to Sunday), named like 2026-W48.
export type IsoWeek = { week: string; monday: string };

const DAY = 86_400_000;

function utcDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? date : null;
}

function mondayOfWeekOne(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY;
}

function weeksIn(year: number): number {
  return Math.round((mondayOfWeekOne(year + 1) - mondayOfWeekOne(year)) / (7 * DAY));
}

/** The ISO week of `input`: a week like 2026-W48 or any date in it (YYYY-MM-DD). */
export function isoWeekOf(input: string): IsoWeek {
  const text = (input ?? '').trim();
  const named = /^(\d{4})-W(\d{2})$/.exec(text);
  if (named) {
    const year = Number(named[1]);
    const week = Number(named[2]);
    if (week < 1 || week > weeksIn(year)) {
      throw new DomainError('BAD_USER_INPUT', `week "${input}" does not exist: ${year} has weeks W01 to W${weeksIn(year)}`, { field: 'week' });
    }
    return { week: text, monday: new Date(mondayOfWeekOne(year) + (week - 1) * 7 * DAY).toISOString().slice(0, 10) };
  }
  const date = utcDate(text);
  if (!date) {
    throw new DomainError('BAD_USER_INPUT', `week "${input}" is neither an ISO week nor a date: use e.g. 2026-W48 or 2026-11-25`, { field: 'week' });
  }
  const monday = date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY;
  // The ISO year is the year of the week's Thursday.
  const year = new Date(monday + 3 * DAY).getUTCFullYear();
  const week = Math.round((monday - mondayOfWeekOne(year)) / (7 * DAY)) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, monday: new Date(monday).toISOString().slice(0, 10) };
}
