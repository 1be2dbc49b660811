import { type Random } from '../random';

// Calendar arithmetic on YYYY-MM-DD text (Asia/Shanghai dates, as the apps store them).
const DAY_MS = 86_400_000;

// Days since 1970 and back, remembered: a county's generator converts the same few thousand days millions of times.
const dayNumbers = new Map<string, number>();
const dayTexts = new Map<number, string>();

function toTime(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
    dayNumbers.set(date, day);
  }
  return day * DAY_MS;
}

function fromTime(time: number): string {
  const day = Math.round(time / DAY_MS);
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayTexts.set(day, text);
  }
  return text;
}

export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** The same day `years` later; 29 February moves to 1 March, as in the pipeline rules. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return fromTime(Date.UTC(year + years, month - 1, day));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

export const yearOf = (date: string): number => Number(date.slice(0, 4));

export const latest = (...dates: string[]): string => dates.reduce((a, b) => (a > b ? a : b));
export const earliest = (...dates: string[]): string => dates.reduce((a, b) => (a < b ? a : b));

/** A day in [from, to], both included; `from` when the range is empty. */
export function randomDate(random: Random, from: string, to: string): string {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

/** Full years of age on `date`. */
export function ageOn(birthDate: string, date: string): number {
  const years = yearOf(date) - yearOf(birthDate);
  return date.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** A birth date that makes someone exactly `age` on `today`. */
export function birthDateForAge(random: Random, age: number, today: string): string {
  return randomDate(random, addDays(addYears(today, -(age + 1)), 1), addYears(today, -age));
}

/** The first day of `date`'s month, or of the month `offset` months away. */
export function monthStart(date: string, offset = 0): string {
  const [year, month] = date.split('-').map(Number);
  return fromTime(Date.UTC(year, month - 1 + offset, 1));
}

/** A moment on `date` at `hour` o'clock Beijing time, for recorded-at columns. */
export function at(date: string, hour = 10): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
}
