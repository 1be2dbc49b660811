import { DomainError } from '@grassroots/kernel';

// An audit 村干部经济责任审计 moves forward only: SCHEDULED → IN_PROGRESS → COMPLETED.
export type AuditStatus = 'SCHEDULED' | 'IN_PROGRESS' | 'COMPLETED';

export const AUDIT_STATUSES: readonly AuditStatus[] = ['SCHEDULED', 'IN_PROGRESS', 'COMPLETED'];

const NEXT: Readonly<Record<AuditStatus, AuditStatus | null>> = {
  SCHEDULED: 'IN_PROGRESS',
  IN_PROGRESS: 'COMPLETED',
  COMPLETED: null,
};

/** The status that may follow `from`, or null once the audit is completed. */
export function nextAuditStatus(from: AuditStatus): AuditStatus | null {
  return NEXT[from];
}

export function canAdvanceAudit(from: AuditStatus, to: AuditStatus): boolean {
  return NEXT[from] === to;
}

/** `to` when the move is allowed; CONFLICT naming the one allowed move otherwise. */
export function advanceAuditStatus(from: AuditStatus, to: AuditStatus): AuditStatus {
  if (canAdvanceAudit(from, to)) return to;
  const next = NEXT[from];
  const allowed = next ? `it can only move to ${next}` : 'it is completed and cannot change';
  throw new DomainError('CONFLICT', `an audit that is ${from} cannot move to ${to}: ${allowed}`, { status: from, to });
}
