import { isoWeekOf } from './iso-week.util';

describe(isoWeekOf.name, () => {
  it.each([
    ['2026-11-25', '2026-W48', '2026-11-23'],
    ['2026-11-23', '2026-W48', '2026-11-23'],
    ['2026-11-29', '2026-W48', '2026-11-23'],
    ['2026-01-01', '2026-W01', '2025-12-29'],
    ['2021-01-03', '2020-W53', '2020-12-28'],
    ['2024-12-30', '2025-W01', '2024-12-30'],
  ])('puts the date %s in %s starting %s', (date, week, monday) => {
    expect(isoWeekOf(date)).toEqual({ week, monday });
  });

  it.each([
    ['2026-W48', '2026-11-23'],
    ['2026-W01', '2025-12-29'],
    ['2020-W53', '2020-12-28'],
  ])('reads the week %s as starting %s', (week, monday) => {
    expect(isoWeekOf(week)).toEqual({ week, monday });
  });

  it.each(['2021-W53', '2026-W00', '2026-W54'])('refuses the week %s, which does not exist', (week) => {
    expect(() => isoWeekOf(week)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('does not exist') }));
  });

  it.each(['2026-02-30', '2026-W5', 'next week', ''])('refuses %p, which is neither a week nor a date', (input) => {
    expect(() => isoWeekOf(input)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('2026-W48') }));
  });
});
