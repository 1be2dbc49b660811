import { type EntityManager, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { DomainError } from '@grassroots/kernel';

/**
 * Flushes one unit of work. Two people acting on the same case at once: the version check or a
 * unique index refuses the second, which becomes a CONFLICT rather than an internal error.
 */
export async function flushOrConflict(em: EntityManager, onDuplicate: () => DomainError): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw onDuplicate();
    if (error instanceof OptimisticLockError) {
      throw new DomainError('CONFLICT', 'the case changed while you were acting on it: reload it and try again');
    }
    throw error;
  }
}
