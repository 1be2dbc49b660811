import { DomainError, pageSizeOf } from '@grassroots/kernel';
import { assertCursor, type Page, type PageRequest } from '@grassroots/persistence';

// Keyset pages of rows read with hand-written SQL (aggregates the ORM cannot express). The
// cursor has the ORM's shape, base64url JSON of the sort key values, so clients see one kind.

export function encodeKeysetCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key after which the page starts, or null for the first page. */
export function decodeKeysetCursor(after: string | null | undefined, arity: number): string[] | null {
  const cursor = assertCursor(after);
  if (!cursor) return null;
  const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Array.isArray(key) || key.length !== arity || !key.every((value) => typeof value === 'string')) {
    throw new DomainError('BAD_USER_INPUT', `after "${after}" is not a cursor from this list: pass a pageInfo.endCursor`, { field: 'after' });
  }
  return key as string[];
}

/** The size asked for and the key to start after. */
export function keysetRequest(request: PageRequest, arity: number): { size: number; after: string[] | null } {
  return { size: pageSizeOf(request.first), after: decodeKeysetCursor(request.after, arity) };
}

/** A page from `size + 1` rows read after the cursor, and the total count. */
export function keysetPage<R>(rows: R[], size: number, totalCount: number, hadCursor: boolean, keyOf: (row: R) => string[]): Page<R> {
  const items = rows.slice(0, size);
  return {
    items,
    cursors: items.map((row) => encodeKeysetCursor(keyOf(row))),
    totalCount,
    hasNextPage: rows.length > size,
    hasPreviousPage: hadCursor,
  };
}
