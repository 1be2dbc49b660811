import { type Page, type PageRequest } from '@grassroots/persistence';
import { loaderFor, type SubgraphContext } from '@grassroots/subgraph';

/**
 * A list field on many parents: the first pages of all parents in a request are read together
 * (one DataLoader per list and page size); a later page (`after`) is read for its parent alone.
 */
export function batchedPage<K, T>(
  context: SubgraphContext,
  list: string,
  key: K,
  request: PageRequest,
  firstPages: (keys: readonly K[]) => Promise<(Page<T> | Error)[]>,
  onePage: () => Promise<Page<T>>,
): Promise<Page<T>> {
  if (request.after) return onePage();
  return loaderFor<K, Page<T>>(context, `${list}:first=${request.first ?? 'default'}`, firstPages).load(key);
}
