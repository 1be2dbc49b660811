import { shanghaiDate } from '@grassroots/kernel';

/**
 * A major activity is reported 报备 before it takes place ("五要十不准"): a report made on the
 * activity's date or later (Asia/Shanghai calendar) is accepted but late.
 */
export function isLateReport(activityDate: string, reportedAt: Date): boolean {
  return shanghaiDate(reportedAt) >= activityDate;
}
