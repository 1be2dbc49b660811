import { applyFilingAction, canApplyFilingAction, FILING_STATUSES, type FilingAction, type FilingStatus } from './filing-status.util';

describe(applyFilingAction.name, () => {
  it.each([
    ['UNFILED', 'SUBMIT', 'PENDING'],
    ['PENDING', 'FILE', 'FILED'],
    ['PENDING', 'REFUSE', 'REFUSED'],
    ['REFUSED', 'SUBMIT', 'PENDING'],
  ] as [FilingStatus, FilingAction, FilingStatus][])('moves %s by %s to %s', (from, action, to) => {
    expect(applyFilingAction(from, action)).toBe(to);
  });

  it.each([
    ['UNFILED', 'FILE', 'submit it for filing first'],
    ['UNFILED', 'REFUSE', 'submit it for filing first'],
    ['PENDING', 'SUBMIT', 'awaits a decision'],
    ['FILED', 'SUBMIT', 'already filed'],
    ['FILED', 'FILE', 'already filed'],
    ['FILED', 'REFUSE', 'already filed'],
    ['REFUSED', 'FILE', 'resubmit it'],
    ['REFUSED', 'REFUSE', 'resubmit it'],
  ] as [FilingStatus, FilingAction, string][])('refuses %s by %s with CONFLICT', (from, action, hint) => {
    expect(() => applyFilingAction(from, action)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining(hint) }));
  });
});

describe(canApplyFilingAction.name, () => {
  it('allows exactly four of the twelve moves', () => {
    const actions: FilingAction[] = ['SUBMIT', 'FILE', 'REFUSE'];
    const allowed = FILING_STATUSES.flatMap((from) => actions.filter((action) => canApplyFilingAction(from, action)).map((action) => `${from}:${action}`));
    expect(allowed).toEqual(['UNFILED:SUBMIT', 'PENDING:FILE', 'PENDING:REFUSE', 'REFUSED:SUBMIT']);
  });
});
