import { type FilterQuery } from '@mikro-orm/postgresql';
import { isUuid, parseRegionCode, type RegionScope } from '@grassroots/kernel';
import { type Page } from '@grassroots/persistence';
import { KeyedPageRepository } from './keyed-page.repository';

// The first pages of one list for many parents, two SQL statements per call of firstPages.

/**
 * The first page of a list under each of many regions (Region.cadres, Region.villageRepresentatives):
 * the codes grouped by length, one `read` (two statements) per length. A region above the scope
 * shows the scope's rows; a region beside it gets its FORBIDDEN error in its place.
 */
export async function firstPagesOfRegions<T>(
  scope: RegionScope,
  codes: readonly string[],
  read: (length: number, codes: string[]) => Promise<Map<string, Page<T>>>,
): Promise<(Page<T> | Error)[]> {
  const canonical = codes.map((code) => {
    try {
      scope.narrowTo(code);
      return parseRegionCode(code);
    } catch (error) {
      return error as Error;
    }
  });
  const byLength = new Map<number, Set<string>>();
  for (const code of canonical) if (typeof code === 'string') byLength.set(code.length, (byLength.get(code.length) ?? new Set()).add(code));
  const pages = new Map<string, Page<T>>();
  for (const [length, group] of byLength) {
    for (const [key, page] of await read(length, [...group])) pages.set(key, page);
  }
  return canonical.map((code) => (typeof code === 'string' ? (pages.get(code) ?? KeyedPageRepository.emptyPage()) : code));
}

/** The partition and filter of rows under any of `codes` (all of one length), for KeyedPageRepository.firstPages. */
export function underRegions(length: number, codes: readonly string[], column = 'e.region_code') {
  return {
    partition: `left(${column}, ${length})`,
    where: { $or: codes.map((code) => ({ regionCode: { $like: `${code}%` } })) },
  };
}

/**
 * The first page of a list under each of many parent ids (a cadre's posts, trainings ...), in the
 * order of `ids`; a malformed or unknown id gets an empty page. `column` is the parent's foreign
 * key column, trusted code only.
 */
export async function firstPagesOfIds<E extends object>(
  repository: KeyedPageRepository<E>,
  scope: RegionScope,
  ids: readonly string[],
  query: { property: string; column: string; where?: FilterQuery<E>; orderBy: Record<string, 'asc' | 'desc'>; first?: number | null },
): Promise<Page<E>[]> {
  const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
  const pages = valid.length
    ? await repository.firstPages(scope, {
        partition: `e.${query.column}`,
        where: { ...(query.where ?? {}), [query.property]: { $in: valid } } as FilterQuery<E>,
        orderBy: query.orderBy,
        first: query.first,
      })
    : new Map<string, Page<E>>();
  return ids.map((id) => pages.get(id.toLowerCase()) ?? KeyedPageRepository.emptyPage());
}
