import { type ConnectionShape } from './connection.type';

/** A page of items as read from the database (see `Page` in @grassroots/persistence). */
export type PageOf<E> = {
  items: E[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
};

/** Maps a page of entities to a connection of API objects. */
export function toConnection<E, T>(page: PageOf<E>, map: (entity: E) => T): ConnectionShape<T> {
  const nodes = page.items.map(map);
  return {
    nodes,
    edges: nodes.map((node, index) => ({ node, cursor: page.cursors[index] })),
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors[page.cursors.length - 1] ?? null,
    },
  };
}
