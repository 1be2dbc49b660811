import { DomainError } from '@grassroots/kernel';
import { type DepartureReason, type DispositionKind, type MemberStatus } from './member-vocabulary';

// Rules for the recorded changes of a member (transfer, departure, disposition, annual record).
// Every change is dated; dates cannot run backwards past the member's last recorded change.
export type MemberStanding = {
  status: MemberStatus;
  joinedAt: string;
  /** Date the member entered the current branch (joinedAt when never transferred). */
  branchSince: string;
  suspendedSince: string | null;
  leftAt: string | null;
};

export type TransferTarget = { regionCode: string; branchId: string | null; inVillage: boolean };
export type TransferOrigin = { regionCode: string; branchId: string | null; inVillage: boolean };

function assertCurrent(member: MemberStanding, action: string): void {
  if (member.leftAt) {
    throw new DomainError('CONFLICT', `cannot ${action}: the member left on ${member.leftAt}; a departure is final`, { leftAt: member.leftAt });
  }
}

function assertDate(on: string, notBefore: string, since: string, today: string, field: string): void {
  if (on > today) throw new DomainError('BAD_USER_INPUT', `${field} ${on} is in the future: record it once it has happened`, { field });
  if (on < notBefore) {
    throw new DomainError('CONFLICT', `${field} ${on} is before ${since} (${notBefore}): changes are recorded in date order`, { field, notBefore });
  }
}

/** A transfer must change branch, village or in-village status, and follow the last change. */
export function checkTransfer(member: MemberStanding, from: TransferOrigin, to: TransferTarget, on: string, today: string): void {
  assertCurrent(member, 'transfer the member');
  assertDate(on, member.branchSince, 'the member entered the current branch', today, 'transferredAt');
  if (from.regionCode === to.regionCode && from.branchId === to.branchId && from.inVillage === to.inVillage) {
    throw new DomainError('BAD_USER_INPUT', 'the member is already in that village and branch, living where they do: give another branch, village or inVillage', {
      field: 'toBranchId',
    });
  }
}

const REASONS_BY_DISPOSITION: readonly DepartureReason[] = ['REMOVED'];

/** REMOVED comes with a removal disposition; PROBATION_CANCELLED only for a probationary member. */
export function checkDeparture(member: MemberStanding, reason: DepartureReason, on: string, today: string): void {
  if (REASONS_BY_DISPOSITION.includes(reason)) {
    throw new DomainError('BAD_USER_INPUT', `reason ${reason} is recorded with a removal disposition (recordPartyMemberDisposition), not as a departure`, {
      field: 'reason',
    });
  }
  assertCurrent(member, 'record a departure');
  if (reason === 'PROBATION_CANCELLED' && member.status !== 'PROBATIONARY') {
    throw new DomainError('CONFLICT', 'only a probationary member 预备党员 can have probation cancelled; this member is FULL', { field: 'reason' });
  }
  assertDate(on, member.branchSince, 'the member entered the current branch', today, 'leftAt');
}

/** Suspension of a member in good standing, restoration of a suspended one, removal of either. */
export function checkDisposition(member: MemberStanding, kind: DispositionKind, on: string, today: string): void {
  assertCurrent(member, `record a ${kind.toLowerCase()}`);
  if (kind === 'SUSPENSION' && member.suspendedSince) {
    throw new DomainError('CONFLICT', `the member has been suspended since ${member.suspendedSince}: restore or remove instead`, { field: 'kind' });
  }
  if (kind === 'RESTORATION' && !member.suspendedSince) {
    throw new DomainError('CONFLICT', 'only a suspended member can be restored 恢复党籍; this member is not suspended', { field: 'kind' });
  }
  const notBefore = kind === 'RESTORATION' && member.suspendedSince ? member.suspendedSince : member.joinedAt;
  assertDate(on, notBefore, kind === 'RESTORATION' ? 'the suspension' : 'the member joined', today, 'decidedAt');
}

/** One record per year, for a year from joining up to the current one. */
export function checkAnnualRecordYear(member: MemberStanding, year: number, today: string): void {
  const first = Number(member.joinedAt.slice(0, 4));
  const last = Number((member.leftAt ?? today).slice(0, 4));
  if (!Number.isInteger(year) || year < first || year > last) {
    throw new DomainError('BAD_USER_INPUT', `year ${year} is outside the member's membership: use ${first} to ${last}`, { field: 'year' });
  }
}
