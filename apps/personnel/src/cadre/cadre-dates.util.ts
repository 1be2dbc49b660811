// Calendar arithmetic on Asia/Shanghai dates kept as YYYY-MM-DD text (no time zone can shift them).

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function format(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = parts(date);
  const target = year + years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  return format(target, month, month === 2 && day === 29 && !leap ? 28 : day);
}

/** Full years of age on `date` of someone born on `birthDate`. */
export function ageOn(birthDate: string, date: string): number {
  const [birthYear, birthMonth, birthDay] = parts(birthDate);
  const [year, month, day] = parts(date);
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

/** A period of days: `start` included, `end` excluded. */
export type DateRange = { start: string; end: string };

/** The calendar quarter 季度 holding `date`. */
export function quarterOf(date: string): DateRange & { year: number; quarter: number } {
  const [year, month] = parts(date);
  const quarter = Math.floor((month - 1) / 3) + 1;
  const firstMonth = (quarter - 1) * 3 + 1;
  const end = quarter === 4 ? format(year + 1, 1, 1) : format(year, firstMonth + 3, 1);
  return { year, quarter, start: format(year, firstMonth, 1), end };
}

/** 上半年 (January–June) or 下半年 (July–December) of `year`. */
export function halfYearRange(year: number, half: 'FIRST' | 'SECOND'): DateRange {
  return half === 'FIRST' ? { start: format(year, 1, 1), end: format(year, 7, 1) } : { start: format(year, 7, 1), end: format(year + 1, 1, 1) };
}
