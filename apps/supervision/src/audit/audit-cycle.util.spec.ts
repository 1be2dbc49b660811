import { DomainError } from '@grassroots/kernel';
import { auditCycleOf } from './audit-cycle.util';

describe(auditCycleOf.name, () => {
  it.each([
    ['2014-01-01', 2014, 2016],
    ['2016-12-31', 2014, 2016],
    ['2017-01-01', 2017, 2019],
    ['2019-12-31', 2017, 2019],
    ['2020-01-01', 2020, 2022],
    ['2022-12-31', 2020, 2022],
    ['2023-01-01', 2023, 2025],
    ['2025-12-31', 2023, 2025],
    ['2026-01-01', 2026, 2028],
    ['2026-11-25', 2026, 2028],
    ['2028-12-31', 2026, 2028],
    ['2029-01-01', 2029, 2031],
  ])('puts %s in %i–%i', (date, start, end) => {
    expect(auditCycleOf(date)).toEqual({ start, end });
  });

  it('refuses a date before the first cycle', () => {
    expect(() => auditCycleOf('2013-12-31')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('2014-01-01') }));
  });

  it.each(['2026', '2026-1-1', '', 'not a date'])('refuses %p, which is not a date', (date) => {
    expect(() => auditCycleOf(date)).toThrow(DomainError);
  });
});
