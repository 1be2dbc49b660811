import { DomainError } from '../errors/domain-error';

/** `value` trimmed, or BAD_USER_INPUT naming the field when it is empty or longer than `max`. */
export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = (value ?? '').trim();
  if (text.length < 1 || text.length > max) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be 1 to ${max} characters, got ${text.length}`, { field });
  }
  return text;
}

/** `value` trimmed, null when empty, or BAD_USER_INPUT when longer than `max`. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = (value ?? '').trim();
  if (text.length > max) throw new DomainError('BAD_USER_INPUT', `${field} must be at most ${max} characters, got ${text.length}`, { field });
  return text || null;
}

/** BAD_USER_INPUT when `date` (YYYY-MM-DD) lies after `today`. */
export function notInFuture(date: string, today: string, field: string): string {
  if (date > today) throw new DomainError('BAD_USER_INPUT', `${field} ${date} is in the future: use ${today} or earlier`, { field });
  return date;
}
