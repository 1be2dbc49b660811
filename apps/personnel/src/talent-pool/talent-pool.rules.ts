import { type Role } from '@grassroots/auth';
import { DomainError, REGION_LEVEL_LENGTH } from '@grassroots/kernel';

// 村级后备人才, 乡贤 (乡贤理事会) and 志愿者 (DOMAIN §2).
export type TalentKind = 'RESERVE' | 'RURAL_ELITE' | 'VOLUNTEER';
export const TALENT_KINDS: readonly TalentKind[] = ['RESERVE', 'RURAL_ELITE', 'VOLUNTEER'];
export const TALENT_KIND_LABELS: Readonly<Record<TalentKind, string>> = {
  RESERVE: '村级后备人才',
  RURAL_ELITE: '乡贤',
  VOLUNTEER: '志愿者',
};

/**
 * Who keeps each list: the reserve pool is cadre work (organization department, township
 * officers); rural elites and volunteers are also kept by civil affairs 民政.
 */
export function talentWriterRoles(kind: TalentKind): Role[] {
  return kind === 'RESERVE' ? ['organization-dept', 'township-officer'] : ['organization-dept', 'township-officer', 'civil-affairs'];
}

/** A talent belongs to a township 乡镇, a village 村 or a village group 村民小组: BAD_USER_INPUT above that. */
export function assertTalentRegionLevel(regionCode: string): void {
  if (regionCode.length < REGION_LEVEL_LENGTH.TOWNSHIP) {
    throw new DomainError('BAD_USER_INPUT', `regionCode ${regionCode} is above township level: record the township, village or village group the person belongs to`, {
      field: 'regionCode',
    });
  }
}

/** A record ends once, not before it began: CONFLICT when already ended, BAD_USER_INPUT for a bad date. */
export function assertTalentMayEnd(record: { since: string; until: string | null }, until: string, today: string): void {
  if (record.until !== null) {
    throw new DomainError('CONFLICT', `the record already ended on ${record.until}`, { until: record.until });
  }
  if (until < record.since) {
    throw new DomainError('BAD_USER_INPUT', `until ${until} is before since ${record.since}`, { field: 'until' });
  }
  if (until > today) {
    throw new DomainError('BAD_USER_INPUT', `until ${until} is in the future (today is ${today})`, { field: 'until' });
  }
}
