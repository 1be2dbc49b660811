import { DomainError } from '@grassroots/kernel';

export type PageRequest = { first?: number | null; after?: string | null };

/** One page of a keyset-paginated read: the items, each one's cursor, and where it sits. */
export type Page<E> = {
  items: E[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
};

/** A cursor is base64url JSON written by MikroORM; anything else is a client error, not a 500. */
export function assertCursor(after: string | null | undefined): string | undefined {
  if (after == null || after === '') return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(decoded)) return after;
  } catch {
    // falls through to the error below
  }
  throw new DomainError('BAD_USER_INPUT', `after "${after}" is not a cursor from this list: pass a pageInfo.endCursor`, {
    field: 'after',
  });
}
