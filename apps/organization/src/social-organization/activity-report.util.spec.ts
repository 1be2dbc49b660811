import { isLateReport } from './activity-report.util';

describe(isLateReport.name, () => {
  it('is on time when reported before the activity date', () => {
    expect(isLateReport('2026-03-10', new Date('2026-03-09T08:00:00+08:00'))).toBe(false);
  });

  it('is late on the activity date itself and after it', () => {
    expect(isLateReport('2026-03-10', new Date('2026-03-10T07:00:00+08:00'))).toBe(true);
    expect(isLateReport('2026-03-10', new Date('2026-03-12T10:00:00+08:00'))).toBe(true);
  });

  it('compares the Asia/Shanghai date, not the UTC one', () => {
    // 16:30 UTC on the 9th is already 00:30 on the 10th in Shanghai.
    expect(isLateReport('2026-03-10', new Date('2026-03-09T16:30:00Z'))).toBe(true);
    expect(isLateReport('2026-03-10', new Date('2026-03-09T15:59:00Z'))).toBe(false);
  });
});
