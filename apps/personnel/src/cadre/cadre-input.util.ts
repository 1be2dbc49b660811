import { DomainError, parseRegionCode, type RegionCode, regionLevelOf } from '@grassroots/kernel';

// The text checks live in the kernel; re-exported so this folder's callers keep one import.
export { optionalText, requiredText } from '@grassroots/kernel';

/** A 12-digit village code 村(社区), or BAD_USER_INPUT. */
export function villageCode(input: string, field = 'regionCode'): RegionCode {
  const code = parseRegionCode(input, field);
  if (regionLevelOf(code) !== 'VILLAGE') {
    throw new DomainError('BAD_USER_INPUT', `${field} ${code} is not a village: use a 12-digit village code`, { field });
  }
  return code;
}

/** BAD_USER_INPUT when `date` is after `today`. */
export function notInFuture(date: string, today: string, field: string): string {
  if (date > today) throw new DomainError('BAD_USER_INPUT', `${field} ${date} is in the future (today is ${today})`, { field });
  return date;
}

export const MAX_TRAINING_HOURS = 200;

/** Training hours 学时: more than 0, at most 200, in tenths of an hour at most. */
export function trainingHours(hours: number): number {
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_TRAINING_HOURS || Math.round(hours * 10) !== hours * 10) {
    throw new DomainError('BAD_USER_INPUT', `hours must be more than 0 and at most ${MAX_TRAINING_HOURS}, with at most one decimal, got ${hours}`, {
      field: 'hours',
    });
  }
  return hours;
}
