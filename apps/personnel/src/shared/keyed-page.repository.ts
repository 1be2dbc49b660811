import { Cursor, type FilterQuery, raw } from '@mikro-orm/postgresql';
import { pageSizeOf, type RegionScope } from '@grassroots/kernel';
import { type Page, RegionScopedRepository } from '@grassroots/persistence';

/** How to read the first page of a list for many parents at once. */
export type KeyedPageQuery<E> = {
  /** SQL over alias `e` naming the parent key, e.g. `e.branch_id`; trusted code only, never input. */
  partition: string;
  /** Confines rows to the requested parents (and any other filter). */
  where: FilterQuery<E>;
  /** Entity property → direction; must end on a unique property (cursor stability). */
  orderBy: Record<string, 'asc' | 'desc'>;
  first?: number | null;
};

/**
 * A scoped repository that reads the first page of a list for hundreds of parents in two SQL
 * statements: the rows ranked per parent by a window function, and one grouped count. Cursors
 * are MikroORM's, so the next page of one parent continues with `page()`.
 */
export class KeyedPageRepository<E extends object> extends RegionScopedRepository<E> {
  async firstPages(scope: RegionScope, query: KeyedPageQuery<E>): Promise<Map<string, Page<E>>> {
    const size = pageSizeOf(query.first);
    const meta = this.em.getMetadata().find<E>(this.entity as never)!;
    const orderSql = Object.entries(query.orderBy)
      .map(([property, direction]) => `e.${this.quote((meta.properties as Record<string, { fieldNames: string[] }>)[property].fieldNames[0])} ${direction}`)
      .join(', ');
    const ranked = this.createQueryBuilder(scope, 'e')
      .select(['e.*', raw(`${query.partition} as "__key"`), raw(`row_number() over (partition by ${query.partition} order by ${orderSql}) as "__rank"`)])
      .andWhere(query.where)
      .getKnexQuery();
    const knex = this.em.getKnex();
    const rows = await this.em.execute<Record<string, unknown>[]>(
      knex.select('*').from(ranked.as('ranked')).where('__rank', '<=', size + 1).orderBy([{ column: '__key' }, { column: '__rank' }]),
    );
    const counts = await this.em.execute<{ __key: string; __count: number }[]>(
      this.createQueryBuilder(scope, 'e')
        .select([raw(`${query.partition} as "__key"`), raw('count(*)::int as "__count"')])
        .andWhere(query.where)
        .getKnexQuery()
        .groupByRaw(query.partition),
    );

    const pages = new Map<string, Page<E>>();
    const orderBy = query.orderBy as never;
    for (const { __key: key, __count: totalCount } of counts) {
      pages.set(key, { items: [], cursors: [], totalCount, hasNextPage: false, hasPreviousPage: false });
    }
    for (const row of rows) {
      const { __key: key, __rank: rank, ...columns } = row;
      const page = pages.get(String(key));
      if (!page) continue;
      if (Number(rank) > size) {
        page.hasNextPage = true;
        continue;
      }
      const entity = this.em.map(this.entity, columns as never) as E;
      page.items.push(entity);
      page.cursors.push(Cursor.for(meta, entity as never, orderBy));
    }
    return pages;
  }

  /** An empty page, for a parent with no rows. */
  static emptyPage<T>(): Page<T> {
    return { items: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
  }

  private quote(identifier: string): string {
    return `"${identifier.replace(/"/g, '""')}"`;
  }
}
