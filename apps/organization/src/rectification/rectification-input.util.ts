import { DomainError, parseId } from '@grassroots/kernel';

// The text checks live in the kernel; re-exported so this folder's callers keep one import.
export { optionalText, requiredText } from '@grassroots/kernel';
// Small input checks shared by the rectification services; each names the field to fix.


export function optionalId(value: string | null | undefined, field: string): string | null {
  return value ? parseId(value, field) : null;
}

/** Each value once, from the allowed list, at least one. */
export function distinctChoices<T extends string>(values: readonly string[] | null | undefined, allowed: readonly T[], field: string): T[] {
  const list = values ?? [];
  if (list.length === 0) throw new DomainError('BAD_USER_INPUT', `${field} needs at least one of ${allowed.join(', ')}`, { field });
  const unknown = list.find((value) => !allowed.includes(value as T));
  if (unknown !== undefined) throw new DomainError('BAD_USER_INPUT', `${field}: "${unknown}" is not one of ${allowed.join(', ')}`, { field });
  if (new Set(list).size !== list.length) throw new DomainError('BAD_USER_INPUT', `${field} lists a value twice`, { field });
  return list as T[];
}

/** A date that is not after `today` (Asia/Shanghai). */
export function notInFuture(date: string, field: string, today: string): string {
  if (date > today) throw new DomainError('BAD_USER_INPUT', `${field} ${date} is in the future: use today (${today}) or an earlier date`, { field });
  return date;
}
