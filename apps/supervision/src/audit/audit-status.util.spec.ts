import { advanceAuditStatus, AUDIT_STATUSES, type AuditStatus, canAdvanceAudit, nextAuditStatus } from './audit-status.util';

describe(advanceAuditStatus.name, () => {
  it.each([
    ['SCHEDULED', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'COMPLETED'],
  ] as [AuditStatus, AuditStatus][])('moves %s to %s', (from, to) => {
    expect(advanceAuditStatus(from, to)).toBe(to);
  });

  it.each([
    ['SCHEDULED', 'COMPLETED', 'it can only move to IN_PROGRESS'],
    ['SCHEDULED', 'SCHEDULED', 'it can only move to IN_PROGRESS'],
    ['IN_PROGRESS', 'SCHEDULED', 'it can only move to COMPLETED'],
    ['IN_PROGRESS', 'IN_PROGRESS', 'it can only move to COMPLETED'],
    ['COMPLETED', 'IN_PROGRESS', 'cannot change'],
    ['COMPLETED', 'SCHEDULED', 'cannot change'],
    ['COMPLETED', 'COMPLETED', 'cannot change'],
  ] as [AuditStatus, AuditStatus, string][])('refuses %s → %s with CONFLICT', (from, to, reason) => {
    expect(() => advanceAuditStatus(from, to)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining(reason) }));
  });
});

describe(canAdvanceAudit.name, () => {
  it('allows exactly two of the nine moves, each one step forward', () => {
    const allowed = AUDIT_STATUSES.flatMap((from) => AUDIT_STATUSES.filter((to) => canAdvanceAudit(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['SCHEDULED→IN_PROGRESS', 'IN_PROGRESS→COMPLETED']);
  });
});

describe(nextAuditStatus.name, () => {
  it('has nothing after COMPLETED', () => {
    expect(nextAuditStatus('SCHEDULED')).toBe('IN_PROGRESS');
    expect(nextAuditStatus('IN_PROGRESS')).toBe('COMPLETED');
    expect(nextAuditStatus('COMPLETED')).toBeNull();
  });
});
