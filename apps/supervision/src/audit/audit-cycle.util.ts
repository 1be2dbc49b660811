import { DomainError } from '@grassroots/kernel';

// Every village cadre is audited once per three-year cycle (DOMAIN §4); the cycles run
// 2014–2016, 2017–2019, 2020–2022, 2023–2025, 2026–2028 and so on.
export const FIRST_AUDIT_CYCLE_START = 2014;
export const AUDIT_CYCLE_YEARS = 3;

export type AuditCycle = { start: number; end: number };

/** The cycle a date (YYYY-MM-DD, Asia/Shanghai) falls in; years before 2014 have none. */
export function auditCycleOf(date: string): AuditCycle {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(date);
  if (!match) throw new DomainError('BAD_USER_INPUT', `"${date}" is not a date: use YYYY-MM-DD, e.g. 2026-11-25`);
  const year = Number(match[1]);
  if (year < FIRST_AUDIT_CYCLE_START) {
    throw new DomainError('BAD_USER_INPUT', `${date} is before the first audit cycle, which starts on ${FIRST_AUDIT_CYCLE_START}-01-01`);
  }
  const start = year - ((year - FIRST_AUDIT_CYCLE_START) % AUDIT_CYCLE_YEARS);
  return { start, end: start + AUDIT_CYCLE_YEARS - 1 };
}
