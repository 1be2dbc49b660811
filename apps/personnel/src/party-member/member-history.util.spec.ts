import { checkAnnualRecordYear, checkDeparture, checkDisposition, checkTransfer, type MemberStanding } from './member-history.util';

const TODAY = '2026-11-25';
const BRANCH = 'b0000000-0000-4000-8000-000000000001';
const OTHER_BRANCH = 'b0000000-0000-4000-8000-000000000002';
const member = (overrides: Partial<MemberStanding> = {}): MemberStanding => ({
  status: 'FULL',
  joinedAt: '2015-07-01',
  branchSince: '2020-03-01',
  suspendedSince: null,
  leftAt: null,
  ...overrides,
});
const here = { regionCode: '421181111229', branchId: BRANCH, inVillage: true };

describe(checkTransfer.name, () => {
  it('allows a move to another branch or village after the last change', () => {
    expect(() => checkTransfer(member(), here, { ...here, branchId: OTHER_BRANCH }, '2026-01-01', TODAY)).not.toThrow();
    expect(() => checkTransfer(member(), here, { regionCode: '421181111201', branchId: BRANCH, inVillage: false }, '2020-03-01', TODAY)).not.toThrow();
  });

  it('allows a change of residence alone: a member of the branch going to work away 外出流动', () => {
    expect(() => checkTransfer(member(), here, { ...here, inVillage: !here.inVillage }, '2026-01-01', TODAY)).not.toThrow();
  });

  it.each([
    ['a member who left', member({ leftAt: '2025-01-01' }), { ...here, branchId: OTHER_BRANCH }, '2026-01-01', 'CONFLICT', 'departure is final'],
    ['a date before the member entered the branch', member(), { ...here, branchId: OTHER_BRANCH }, '2020-02-29', 'CONFLICT', 'date order'],
    ['a future date', member(), { ...here, branchId: OTHER_BRANCH }, '2026-11-26', 'BAD_USER_INPUT', 'future'],
    ['the same village and branch', member(), here, '2026-01-01', 'BAD_USER_INPUT', 'already in that village'],
  ])('refuses %s', (_case, standing, to, on, code, reason) => {
    expect(() => checkTransfer(standing, here, to, on, TODAY)).toThrow(expect.objectContaining({ code, message: expect.stringContaining(reason) }));
  });
});

describe(checkDeparture.name, () => {
  it.each(['TRANSFERRED_OUT', 'DIED', 'WITHDREW', 'EXPELLED'] as const)('records %s for a current member', (reason) => {
    expect(() => checkDeparture(member(), reason, '2026-01-01', TODAY)).not.toThrow();
  });

  it('cancels probation only for a probationary member', () => {
    expect(() => checkDeparture(member({ status: 'PROBATIONARY' }), 'PROBATION_CANCELLED', '2026-01-01', TODAY)).not.toThrow();
    expect(() => checkDeparture(member(), 'PROBATION_CANCELLED', '2026-01-01', TODAY)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it.each([
    ['REMOVED, which needs a disposition', member(), 'REMOVED', '2026-01-01', 'BAD_USER_INPUT'],
    ['a second departure', member({ leftAt: '2025-05-01' }), 'DIED', '2026-01-01', 'CONFLICT'],
    ['a date before the member entered the branch', member(), 'DIED', '2019-01-01', 'CONFLICT'],
    ['a future date', member(), 'DIED', '2027-01-01', 'BAD_USER_INPUT'],
  ] as const)('refuses %s', (_case, standing, reason, on, code) => {
    expect(() => checkDeparture(standing, reason, on, TODAY)).toThrow(expect.objectContaining({ code }));
  });
});

describe(checkDisposition.name, () => {
  it('suspends a member in good standing, restores a suspended one, removes either', () => {
    expect(() => checkDisposition(member(), 'SUSPENSION', '2026-01-01', TODAY)).not.toThrow();
    expect(() => checkDisposition(member({ suspendedSince: '2025-01-01' }), 'RESTORATION', '2026-01-01', TODAY)).not.toThrow();
    expect(() => checkDisposition(member(), 'REMOVAL', '2026-01-01', TODAY)).not.toThrow();
    expect(() => checkDisposition(member({ suspendedSince: '2025-01-01' }), 'REMOVAL', '2026-01-01', TODAY)).not.toThrow();
  });

  it.each([
    ['suspending a suspended member', member({ suspendedSince: '2025-01-01' }), 'SUSPENSION', '2026-01-01', 'CONFLICT', 'restore or remove'],
    ['restoring a member in good standing', member(), 'RESTORATION', '2026-01-01', 'CONFLICT', 'not suspended'],
    ['a restoration dated before the suspension', member({ suspendedSince: '2025-01-01' }), 'RESTORATION', '2024-12-31', 'CONFLICT', 'date order'],
    ['any disposition of a member who left', member({ leftAt: '2025-01-01' }), 'REMOVAL', '2026-01-01', 'CONFLICT', 'departure is final'],
    ['a date before joining', member(), 'SUSPENSION', '2015-06-30', 'CONFLICT', 'date order'],
    ['a future date', member(), 'SUSPENSION', '2026-12-01', 'BAD_USER_INPUT', 'future'],
  ] as const)('refuses %s', (_case, standing, kind, on, code, reason) => {
    expect(() => checkDisposition(standing, kind, on, TODAY)).toThrow(expect.objectContaining({ code, message: expect.stringContaining(reason) }));
  });
});

describe(checkAnnualRecordYear.name, () => {
  it('accepts the years from joining to now', () => {
    expect(() => checkAnnualRecordYear(member(), 2015, TODAY)).not.toThrow();
    expect(() => checkAnnualRecordYear(member(), 2026, TODAY)).not.toThrow();
  });

  it.each([2014, 2027, 2020.5])('refuses %s with BAD_USER_INPUT', (year) => {
    expect(() => checkAnnualRecordYear(member(), year, TODAY)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('2015 to 2026') }));
  });

  it('stops at the year the member left', () => {
    expect(() => checkAnnualRecordYear(member({ leftAt: '2024-06-01' }), 2025, TODAY)).toThrow(expect.objectContaining({ message: expect.stringContaining('2015 to 2024') }));
  });
});
