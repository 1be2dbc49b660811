import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { DomainError } from '@grassroots/kernel';

/** Runs a write; a unique index refusing it (a concurrent duplicate) becomes CONFLICT with `message`. */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, message: () => string | Promise<string>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new DomainError('CONFLICT', await message());
    throw error;
  }
}

/**
 * Serializes writes about one region until the transaction ends, for limits a unique index
 * cannot express (at most 12 duty lines a village). Call inside `em.transactional`.
 */
export async function lockVillage(em: EntityManager, purpose: string, regionCode: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`${purpose}:${regionCode}`]);
}
