import { assertNoOverlappingFirstSecretary, assertStayDates, assertStayMayEnd, isActiveOn, staysOverlap } from './dispatched-cadre.rules';

const VILLAGE = '421181111229';

describe(isActiveOn.name, () => {
  it('covers the first and the last day', () => {
    const stay = { startDate: '2024-03-01', endDate: '2026-02-28' };
    expect(isActiveOn(stay, '2024-03-01')).toBe(true);
    expect(isActiveOn(stay, '2026-02-28')).toBe(true);
    expect(isActiveOn(stay, '2026-03-01')).toBe(false);
    expect(isActiveOn(stay, '2024-02-29')).toBe(false);
  });

  it('keeps an open-ended stay active', () => {
    expect(isActiveOn({ startDate: '2024-03-01', endDate: null }, '2030-01-01')).toBe(true);
  });
});

describe(staysOverlap.name, () => {
  it('sees a shared day as an overlap and consecutive stays as none', () => {
    expect(staysOverlap({ startDate: '2024-01-01', endDate: '2024-12-31' }, { startDate: '2024-12-31', endDate: null })).toBe(true);
    expect(staysOverlap({ startDate: '2024-01-01', endDate: '2024-12-31' }, { startDate: '2025-01-01', endDate: null })).toBe(false);
    expect(staysOverlap({ startDate: '2024-01-01', endDate: null }, { startDate: '2020-01-01', endDate: '2023-12-31' })).toBe(false);
  });
});

describe(assertStayDates.name, () => {
  it('refuses an end before the start with BAD_USER_INPUT', () => {
    expect(() => assertStayDates('2024-01-01', null)).not.toThrow();
    expect(() => assertStayDates('2024-01-01', '2024-01-01')).not.toThrow();
    expect(() => assertStayDates('2024-01-02', '2024-01-01')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe(assertNoOverlappingFirstSecretary.name, () => {
  const current = { id: 'a', startDate: '2024-03-01', endDate: null };

  it('allows a successor after the predecessor’s last day', () => {
    expect(() => assertNoOverlappingFirstSecretary([{ ...current, endDate: '2026-02-28' }], { startDate: '2026-03-01', endDate: null }, VILLAGE)).not.toThrow();
  });

  it('refuses a second first secretary while one serves with CONFLICT', () => {
    expect(() => assertNoOverlappingFirstSecretary([current], { startDate: '2026-03-01', endDate: null }, VILLAGE)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('already has a first secretary') }),
    );
  });

  it('refuses a backdated stay that overlaps a past one', () => {
    expect(() => assertNoOverlappingFirstSecretary([{ ...current, endDate: '2025-02-28' }], { startDate: '2023-01-01', endDate: '2024-03-01' }, VILLAGE)).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });
});

describe(assertStayMayEnd.name, () => {
  it('ends an open or planned stay', () => {
    expect(() => assertStayMayEnd({ startDate: '2024-03-01', endDate: null }, '2026-01-31', '2026-11-25')).not.toThrow();
    expect(() => assertStayMayEnd({ startDate: '2024-03-01', endDate: '2027-02-28' }, '2026-11-25', '2026-11-25')).not.toThrow();
  });

  it('refuses a stay that already ended with CONFLICT, and an end before the start with BAD_USER_INPUT', () => {
    expect(() => assertStayMayEnd({ startDate: '2024-03-01', endDate: '2025-02-28' }, '2025-01-31', '2026-11-25')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => assertStayMayEnd({ startDate: '2024-03-01', endDate: null }, '2024-02-01', '2026-11-25')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
