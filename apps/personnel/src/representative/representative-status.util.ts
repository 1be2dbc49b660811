import { DomainError } from '@grassroots/kernel';

// A representative serves until replaced 撤换 or resigning 辞职; both are final and filed
// with the county organization and civil-affairs departments 报县级组织、民政部门备案.
export type RepresentativeStatus = 'ACTIVE' | 'REPLACED' | 'RESIGNED';

export const REPRESENTATIVE_STATUSES: readonly RepresentativeStatus[] = ['ACTIVE', 'REPLACED', 'RESIGNED'];

export type LeavingStatus = Exclude<RepresentativeStatus, 'ACTIVE'>;

/** `to` when a serving representative leaves; CONFLICT once they have left. */
export function leaveOffice(from: RepresentativeStatus, to: LeavingStatus, name: string): LeavingStatus {
  if (from === 'ACTIVE') return to;
  throw new DomainError('CONFLICT', `${name} is already ${from}: only an ACTIVE representative can be ${to.toLowerCase()}`, { status: from, to });
}

export type ReplacementDates = {
  outgoingElectedAt: string;
  /** When the replacement was elected 补选; the outgoing representative leaves that day. */
  incomingElectedAt: string;
  filedWithCountyOn: string;
  today: string;
};

/** Election, leaving and filing in order: outgoing elected ≤ incoming elected ≤ filed ≤ today. */
export function assertReplacementDates(dates: ReplacementDates): void {
  const { outgoingElectedAt, incomingElectedAt, filedWithCountyOn, today } = dates;
  if (incomingElectedAt > today) {
    throw new DomainError('BAD_USER_INPUT', `incoming.electedAt ${incomingElectedAt} is in the future`, { field: 'incoming.electedAt' });
  }
  if (filedWithCountyOn > today) {
    throw new DomainError('BAD_USER_INPUT', `filedWithCountyOn ${filedWithCountyOn} is in the future`, { field: 'filedWithCountyOn' });
  }
  if (incomingElectedAt < outgoingElectedAt) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `incoming.electedAt ${incomingElectedAt} is before the outgoing representative was elected (${outgoingElectedAt})`,
      { field: 'incoming.electedAt' },
    );
  }
  if (filedWithCountyOn < incomingElectedAt) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `filedWithCountyOn ${filedWithCountyOn} is before the replacement was elected (${incomingElectedAt}): the county files a replacement once elected`,
      { field: 'filedWithCountyOn' },
    );
  }
}

export type ResignationDates = { electedAt: string; leftOn: string; filedWithCountyOn: string; today: string };

/** elected ≤ left ≤ filed ≤ today. */
export function assertResignationDates(dates: ResignationDates): void {
  const { electedAt, leftOn, filedWithCountyOn, today } = dates;
  if (leftOn > today) throw new DomainError('BAD_USER_INPUT', `leftOn ${leftOn} is in the future`, { field: 'leftOn' });
  if (filedWithCountyOn > today) {
    throw new DomainError('BAD_USER_INPUT', `filedWithCountyOn ${filedWithCountyOn} is in the future`, { field: 'filedWithCountyOn' });
  }
  if (leftOn < electedAt) {
    throw new DomainError('BAD_USER_INPUT', `leftOn ${leftOn} is before the representative was elected (${electedAt})`, { field: 'leftOn' });
  }
  if (filedWithCountyOn < leftOn) {
    throw new DomainError('BAD_USER_INPUT', `filedWithCountyOn ${filedWithCountyOn} is before the resignation (${leftOn})`, {
      field: 'filedWithCountyOn',
    });
  }
}
