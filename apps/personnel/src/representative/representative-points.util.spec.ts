import { POINT_ITEMS } from './point-items';
import {
  assertMayReceivePoints,
  assertPointDate,
  BASE_POINTS,
  pointBalance,
  pointsYear,
  pointsYearOf,
  rankingDay,
  resolvePointChange,
} from './representative-points.util';

const refused = (code: string, message: string | RegExp) =>
  expect.objectContaining({ code, message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message) });

describe('point items', () => {
  it('are 8 deductions with negative defaults and 4 bonuses with positive ones, each with a unique code and a Chinese name', () => {
    const deductions = POINT_ITEMS.filter((item) => item.kind === 'DEDUCTION');
    const bonuses = POINT_ITEMS.filter((item) => item.kind === 'BONUS');
    expect(deductions).toHaveLength(8);
    expect(bonuses).toHaveLength(4);
    expect(deductions.every((item) => item.defaultPoints < 0)).toBe(true);
    expect(bonuses.every((item) => item.defaultPoints > 0)).toBe(true);
    expect(new Set(POINT_ITEMS.map((item) => item.code)).size).toBe(12);
    expect(POINT_ITEMS.every((item) => /[\u4e00-\u9fff]/.test(item.name))).toBe(true);
  });
});

describe(resolvePointChange.name, () => {
  it('takes the item’s default points when none are given', () => {
    expect(resolvePointChange({ itemCode: 'ABSENT_FROM_MEETING' })).toMatchObject({ item: { code: 'ABSENT_FROM_MEETING' }, points: -5 });
    expect(resolvePointChange({ itemCode: 'COMMENDED', points: null })).toMatchObject({ points: 10 });
  });

  it('accepts given points of the item’s sign', () => {
    expect(resolvePointChange({ itemCode: 'SPREADING_RUMOURS', points: -3 }).points).toBe(-3);
    expect(resolvePointChange({ itemCode: 'SUGGESTION_ADOPTED', points: 20 }).points).toBe(20);
  });

  it('refuses an unknown item, naming the known ones', () => {
    expect(() => resolvePointChange({ itemCode: 'LATE' })).toThrow(refused('BAD_USER_INPUT', /not a point item: use one of ABSENT_FROM_MEETING, .*COMMENDED/));
  });

  it('refuses a positive deduction and a negative bonus', () => {
    expect(() => resolvePointChange({ itemCode: 'ABSENT_FROM_MEETING', points: 5 })).toThrow(refused('BAD_USER_INPUT', 'deducts points'));
    expect(() => resolvePointChange({ itemCode: 'COMMENDED', points: -5 })).toThrow(refused('BAD_USER_INPUT', 'adds points'));
  });

  it.each([0, 21, -21, 2.5])('refuses %p points', (points) => {
    expect(() => resolvePointChange({ itemCode: 'ILLEGAL_LAND_USE', points })).toThrow(refused('BAD_USER_INPUT', 'whole number from 1 to 20'));
  });
});

describe(assertPointDate.name, () => {
  it('accepts a day from the election to today', () => {
    expect(() => assertPointDate('2026-03-01', '2026-03-01', '2026-11-25')).not.toThrow();
    expect(() => assertPointDate('2026-11-25', '2021-01-01', '2026-11-25')).not.toThrow();
  });

  it('refuses a future day and a day before the election', () => {
    expect(() => assertPointDate('2026-11-26', '2021-01-01', '2026-11-25')).toThrow(refused('BAD_USER_INPUT', 'in the future'));
    expect(() => assertPointDate('2020-12-31', '2021-01-01', '2026-11-25')).toThrow(refused('BAD_USER_INPUT', 'before the representative was elected'));
  });
});

describe(assertMayReceivePoints.name, () => {
  it('lets a serving representative collect points', () => {
    expect(() => assertMayReceivePoints('ACTIVE', '王五')).not.toThrow();
  });

  it.each(['REPLACED', 'RESIGNED'] as const)('refuses a %s representative with CONFLICT', (status) => {
    expect(() => assertMayReceivePoints(status, '王五')).toThrow(refused('CONFLICT', `王五 is ${status}`));
  });
});

describe(pointsYear.name, () => {
  it('defaults to the current year and accepts past years', () => {
    expect(pointsYear(undefined, '2026-11-25')).toBe(2026);
    expect(pointsYear(2025, '2026-01-01')).toBe(2025);
  });

  it.each([2027, 1999, 2025.5])('refuses the year %p', (year) => {
    expect(() => pointsYear(year, '2026-11-25')).toThrow(refused('BAD_USER_INPUT', 'year must be from 2000 to 2026'));
  });
});

describe(pointBalance.name, () => {
  it('starts from 100 and adds the year’s changes', () => {
    expect(BASE_POINTS).toBe(100);
    expect(pointBalance([])).toBe(100);
    expect(pointBalance([-5, -10, 3])).toBe(88);
  });
});

describe(pointsYearOf.name, () => {
  it('is the calendar year of the date', () => {
    expect(pointsYearOf('2025-12-31')).toBe(2025);
    expect(pointsYearOf('2026-01-01')).toBe(2026);
  });
});

describe(rankingDay.name, () => {
  it('is 31 December of a past year and today in the current year', () => {
    expect(rankingDay(2025, '2026-11-25')).toBe('2025-12-31');
    expect(rankingDay(2026, '2026-11-25')).toBe('2026-11-25');
  });
});
