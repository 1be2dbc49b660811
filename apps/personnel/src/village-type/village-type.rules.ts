import { DomainError } from '@grassroots/kernel';
import { VILLAGE_TYPE_LABELS, type VillageType, WEAK_ORGANIZATION } from './village-type-vocabulary';

/** A village's type over days: from `since` up to the day before `until` (null: still). */
export type TypePeriod = { since: string; until: string | null };

/** True when the village has the type on `date`. */
export function hasTypeOn(period: TypePeriod, date: string): boolean {
  return period.since <= date && (period.until === null || date < period.until);
}

const label = (type: VillageType) => `${type} ${VILLAGE_TYPE_LABELS[type]}`;

/** BAD_USER_INPUT for WEAK_ORGANIZATION: organization's weak-organization cases set and end it. */
export function assertSetByHand(type: VillageType): void {
  if (type === WEAK_ORGANIZATION) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `${label(type)} follows organization's weak-organization cases 软弱涣散村党组织整顿: designate or close the case in organization, and personnel follows`,
      { field: 'villageType' },
    );
  }
}

/** CONFLICT when the village already has the type, or had it past `since`. */
export function assertPeriodMayStart(periods: readonly TypePeriod[], since: string, regionCode: string, type: VillageType): void {
  const open = periods.find((period) => period.until === null);
  if (open) {
    throw new DomainError('CONFLICT', `village ${regionCode} has been ${label(type)} since ${open.since}: end that first, or leave it`, {
      regionCode,
      villageType: type,
    });
  }
  const later = periods.find((period) => period.until !== null && period.until > since);
  if (later) {
    throw new DomainError('CONFLICT', `village ${regionCode} was ${label(type)} until ${later.until}: start on or after that day`, {
      regionCode,
      villageType: type,
    });
  }
}

/** BAD_USER_INPUT when the end comes before the start. */
export function assertPeriodMayEnd(period: TypePeriod, until: string): void {
  if (until < period.since) {
    throw new DomainError('BAD_USER_INPUT', `until ${until} is before the type began (${period.since})`, { field: 'until' });
  }
}
