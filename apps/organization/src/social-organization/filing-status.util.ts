import { DomainError } from '@grassroots/kernel';

// Filing 备案 of a social organization with the village party organization:
// UNFILED → PENDING → FILED, or PENDING → REFUSED → (resubmitted) PENDING.
export type FilingStatus = 'UNFILED' | 'PENDING' | 'FILED' | 'REFUSED';

export const FILING_STATUSES: readonly FilingStatus[] = ['UNFILED', 'PENDING', 'FILED', 'REFUSED'];

/** Statuses that count as not (yet) filed: the list a township follows up. */
export const NOT_FILED_STATUSES: readonly FilingStatus[] = ['UNFILED', 'PENDING', 'REFUSED'];

export type FilingAction = 'SUBMIT' | 'FILE' | 'REFUSE';

/** What the village party organization decides on a pending filing. */
export type FilingDecision = Extract<FilingAction, 'FILE' | 'REFUSE'>;

const MOVES: Readonly<Record<FilingAction, { from: readonly FilingStatus[]; to: FilingStatus }>> = {
  SUBMIT: { from: ['UNFILED', 'REFUSED'], to: 'PENDING' },
  FILE: { from: ['PENDING'], to: 'FILED' },
  REFUSE: { from: ['PENDING'], to: 'REFUSED' },
};

export function canApplyFilingAction(from: FilingStatus, action: FilingAction): boolean {
  return MOVES[action].from.includes(from);
}

/** The status after `action`, or CONFLICT saying what the organization's status allows. */
export function applyFilingAction(from: FilingStatus, action: FilingAction): FilingStatus {
  if (canApplyFilingAction(from, action)) return MOVES[action].to;
  throw new DomainError('CONFLICT', `a social organization that is ${from} cannot be ${PAST[action]}: ${ALLOWED[from]}`, { status: from, action });
}

const PAST: Readonly<Record<FilingAction, string>> = { SUBMIT: 'submitted for filing', FILE: 'filed', REFUSE: 'refused' };

const ALLOWED: Readonly<Record<FilingStatus, string>> = {
  UNFILED: 'submit it for filing first',
  PENDING: 'it awaits a decision (FILE or REFUSE)',
  FILED: 'it is already filed',
  REFUSED: 'it was refused; resubmit it for filing first',
};
