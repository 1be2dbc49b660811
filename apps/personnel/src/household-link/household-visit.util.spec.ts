import { assertFirstVisitOfMonth, assertVisitDate, visitMonthOf } from './household-visit.util';

const refused = (code: string, message: string) => expect.objectContaining({ code, message: expect.stringContaining(message) });

describe(visitMonthOf.name, () => {
  it('is the YYYY-MM of the date', () => {
    expect(visitMonthOf('2026-11-25')).toBe('2026-11');
    expect(visitMonthOf('2027-01-01')).toBe('2027-01');
  });
});

describe(assertVisitDate.name, () => {
  const active = { linkedAt: '2026-03-01', endedAt: null };

  it('accepts a day within the link up to today, and the day a link ended', () => {
    expect(() => assertVisitDate('2026-03-01', active, '2026-11-25')).not.toThrow();
    expect(() => assertVisitDate('2026-11-25', active, '2026-11-25')).not.toThrow();
    expect(() => assertVisitDate('2026-06-30', { ...active, endedAt: '2026-06-30' }, '2026-11-25')).not.toThrow();
  });

  it.each([
    ['a future day', '2026-11-26', active, 'in the future'],
    ['a day before the link', '2026-02-28', active, 'before the link began'],
    ['a day after the link ended', '2026-07-01', { ...active, endedAt: '2026-06-30' }, 'after the link ended'],
  ])('refuses %s with BAD_USER_INPUT', (_case, day, link, message) => {
    expect(() => assertVisitDate(day, link, '2026-11-25')).toThrow(refused('BAD_USER_INPUT', message));
  });
});

describe(assertFirstVisitOfMonth.name, () => {
  it('accepts the month’s first visit and refuses a second with CONFLICT', () => {
    expect(() => assertFirstVisitOfMonth(null, '2026-11')).not.toThrow();
    expect(() => assertFirstVisitOfMonth({ visitedOn: '2026-11-03' }, '2026-11')).toThrow(refused('CONFLICT', 'already visited on 2026-11-03'));
  });
});
