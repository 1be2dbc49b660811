import { randomUUID } from 'node:crypto';
import { DomainError } from '../errors/domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const newId = (): string => randomUUID();

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The id in lower case, or BAD_USER_INPUT naming the field. */
export function parseId(value: string, field = 'id'): string {
  if (!isUuid(value)) throw new DomainError('BAD_USER_INPUT', `${field} "${value}" is not a valid id (UUID)`, { field });
  return value.toLowerCase();
}
