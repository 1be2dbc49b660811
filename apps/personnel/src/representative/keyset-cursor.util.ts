import { DomainError, pageSizeOf } from '@grassroots/kernel';
import { assertCursor, type Page, type PageRequest } from '@grassroots/persistence';

// Cursors of lists computed in SQL, in the base64url JSON-array form of every other list.
export type CursorValue = string | number;
export type CursorShape = readonly ('string' | 'number')[];

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The values of `after` when it is a cursor of this shape; null when absent; BAD_USER_INPUT otherwise. */
export function decodeCursor(after: string | null | undefined, shape: CursorShape): CursorValue[] | null {
  const cursor = assertCursor(after);
  if (cursor === undefined) return null;
  const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
  if (decoded.length === shape.length && decoded.every((value, index) => typeof value === shape[index])) return decoded as CursorValue[];
  throw new DomainError('BAD_USER_INPUT', `after "${after}" is not a cursor from this list: pass a pageInfo.endCursor`, { field: 'after' });
}

/** The page size and the decoded cursor of a keyset request over `shape`. */
export function keysetRequest(request: PageRequest, shape: CursorShape): { first: number; after: CursorValue[] | null } {
  return { first: pageSizeOf(request.first), after: decodeCursor(request.after, shape) };
}

/** A page from `first + 1` rows read after the cursor: the extra row only tells there is a next page. */
export function keysetPage<T>(rows: T[], totalCount: number, first: number, hadCursor: boolean, cursorOf: (item: T) => CursorValue[]): Page<T> {
  const items = rows.slice(0, first);
  return {
    items,
    cursors: items.map((item) => encodeCursor(cursorOf(item))),
    totalCount,
    hasNextPage: rows.length > first,
    hasPreviousPage: hadCursor,
  };
}

/** One page of a short list held in memory (reference data), by a unique key. */
export function pageOfList<T>(list: readonly T[], request: PageRequest, keyOf: (item: T) => string): Page<T> {
  const { first, after } = keysetRequest(request, ['string']);
  const start = after ? list.findIndex((item) => keyOf(item) === after[0]) + 1 : 0;
  if (after && start === 0) {
    throw new DomainError('BAD_USER_INPUT', `after "${request.after}" is not a cursor from this list: pass a pageInfo.endCursor`, { field: 'after' });
  }
  return keysetPage(list.slice(start, start + first + 1), list.length, first, after !== null, (item) => [keyOf(item)]);
}
