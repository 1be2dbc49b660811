import DataLoader from 'dataloader';

export type LoaderStore = { loaders: Map<string, DataLoader<unknown, unknown>> };

/**
 * One DataLoader per request and name: hundreds of `_entities` representations or field
 * resolutions become one batched query. `batch` must return results in key order.
 */
export function loaderFor<K, V>(
  context: LoaderStore,
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
): DataLoader<K, V> {
  let loader = context.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    context.loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders rows by the requested keys; a missing key gets `missing` (null or an error). */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, missing: (key: K) => V | Error | null = () => null) {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? missing(key)) as (V | Error)[];
}
