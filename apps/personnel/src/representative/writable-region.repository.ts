import { type FilterQuery, type FindOneOptions, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { DomainError, notFound, type RegionScope } from '@grassroots/kernel';
import { RegionScopedRepository } from '@grassroots/persistence';

// The same helper as organization's grid folder: a candidate for RegionScopedRepository itself.
export class WritableRegionRepository<E extends object> extends RegionScopedRepository<E> {
  /**
   * The row a caller is about to change: NOT_FOUND when it does not exist, FORBIDDEN when it
   * exists outside the caller's scope (outside scope is NOT_FOUND on read, FORBIDDEN on write).
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
}

/** Runs a write; a unique index refusing it (a concurrent duplicate) becomes CONFLICT with `message`. */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, message: () => string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new DomainError('CONFLICT', message());
    throw error;
  }
}
