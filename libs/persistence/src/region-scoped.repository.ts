import {
  type EntityManager,
  type EntityName,
  type FilterQuery,
  type FindOneOptions,
  type FindOptions,
  LockMode,
  type OrderDefinition,
  type QueryBuilder,
} from '@mikro-orm/postgresql';
import { DomainError, notFound, pageSizeOf, type RegionScope } from '@grassroots/kernel';
import { assertCursor, type Page, type PageRequest } from './page';

/**
 * The one place where a subgraph reads and writes region-owned rows. Every method takes the
 * caller's scope and confines the query to `<regionProperty> LIKE '<scope>%'`, so a resolver
 * cannot forget it; QueryBuilder access also goes through here (MikroORM filters would miss it).
 */
export class RegionScopedRepository<E extends object> {
  constructor(
    protected readonly em: EntityManager,
    protected readonly entity: EntityName<E>,
    protected readonly label: string,
    protected readonly regionProperty: string = 'regionCode',
  ) {}

  protected within(scope: RegionScope, where: FilterQuery<E> = {} as FilterQuery<E>): FilterQuery<E> {
    const confine = { [this.regionProperty]: { $like: scope.likePattern } } as FilterQuery<E>;
    return { $and: [where, confine] } as FilterQuery<E>;
  }

  find(scope: RegionScope, where?: FilterQuery<E>, options?: FindOptions<E>): Promise<E[]> {
    return this.em.find(this.entity, this.within(scope, where), options) as Promise<E[]>;
  }

  findOne(scope: RegionScope, where: FilterQuery<E>, options?: FindOneOptions<E>): Promise<E | null> {
    return this.em.findOne(this.entity, this.within(scope, where), options) as Promise<E | null>;
  }

  /** NOT_FOUND both when the row is missing and when it lies outside scope: no existence leak. */
  async findOneOrFail(scope: RegionScope, where: FilterQuery<E>, id: string, options?: FindOneOptions<E>): Promise<E> {
    const found = await this.findOne(scope, where, options);
    if (!found) {
      throw new DomainError('NOT_FOUND', `${this.label} ${id} does not exist or is outside your region scope`, { id });
    }
    return found;
  }

  /**
   * The row a caller is about to change or attach to: NOT_FOUND when it does not exist,
   * FORBIDDEN when it exists outside the caller's scope (NOT_FOUND on read, FORBIDDEN on write).
   */
  async findWritableOrFail(scope: RegionScope, where: FilterQuery<E>, id: string, options?: FindOneOptions<E>): Promise<E> {
    const found = await this.findOne(scope, where, options);
    if (found) return found;
    // Existence only, never the row: the caller learns that it is not theirs to change.
    if (await this.em.count(this.entity, where)) {
      throw new DomainError('FORBIDDEN', `${this.label} ${id} is outside your region scope ${scope.root}`, { id, scope: scope.root });
    }
    throw notFound(this.label, id);
  }

  /** As findWritableOrFail, re-read and locked (SELECT … FOR UPDATE) until the transaction ends. */
  lockWritableOrFail(scope: RegionScope, where: FilterQuery<E>, id: string): Promise<E> {
    return this.findWritableOrFail(scope, where, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } as FindOneOptions<E>);
  }

  count(scope: RegionScope, where?: FilterQuery<E>): Promise<number> {
    return this.em.count(this.entity, this.within(scope, where));
  }

  /** Keyset page; `orderBy` must end on a unique property so cursors are stable. */
  async page(scope: RegionScope, where: FilterQuery<E>, request: PageRequest, orderBy: OrderDefinition<E>): Promise<Page<E>> {
    const first = pageSizeOf(request.first);
    const after = assertCursor(request.after);
    const cursor = await this.em.findByCursor(this.entity, this.within(scope, where), {
      first,
      after,
      orderBy,
      includeCount: true,
    });
    const items = cursor.items as E[];
    return {
      items,
      cursors: items.map((item) => cursor.from(item)),
      totalCount: cursor.totalCount,
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
    };
  }

  /** A QueryBuilder already confined to the scope (aggregates, bulk reads). */
  createQueryBuilder(scope: RegionScope, alias = 'e'): QueryBuilder<E> {
    return this.em
      .createQueryBuilder(this.entity, alias)
      .where({ [this.regionProperty]: { $like: scope.likePattern } } as FilterQuery<E>) as unknown as QueryBuilder<E>;
  }

  /** Stages a new or changed row after checking it lies within the caller's scope. */
  add(scope: RegionScope, entity: E): E {
    scope.assertCovers(String((entity as Record<string, unknown>)[this.regionProperty]), this.label);
    this.em.persist(entity);
    return entity;
  }

  remove(scope: RegionScope, entity: E): void {
    scope.assertCovers(String((entity as Record<string, unknown>)[this.regionProperty]), this.label);
    this.em.remove(entity);
  }

  flush(): Promise<void> {
    return this.em.flush();
  }
}
