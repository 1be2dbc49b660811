import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, isUuid, optionalText, parseId, requiredText } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { isLateReport } from './activity-report.util';
import { requireSocialOrganizationWriter } from './social-organization-access';
import { SOCIAL_ORGANIZATION_KIND_LABELS } from './social-organization-kind';
import { SocialActivityReport } from './social-organization.entity';
import { SocialActivityReportRepository, SocialOrganizationRepository } from './social-organization.repository';
import { townshipScope } from './township-scope';

export type ReportSocialActivity = { organizationId: string; title: string; activityDate: string; note?: string | null };

@Injectable()
export class SocialActivityService {
  constructor(
    private readonly organizations: SocialOrganizationRepository,
    private readonly reports: SocialActivityReportRepository,
  ) {}

  /** Reports of one organization, latest activity first. */
  ofOrganization(caller: Caller, organizationId: string, page: PageRequest): Promise<Page<SocialActivityReport>> {
    return this.reports.page(caller.scope, { organization: organizationId }, page, { activityDate: 'desc', id: 'desc' });
  }

  /** Reports of a township made on or after the activity date, latest activity first. */
  late(caller: Caller, township: string, page: PageRequest): Promise<Page<SocialActivityReport>> {
    return this.reports.page(townshipScope(caller, township), { late: true }, page, { activityDate: 'desc', id: 'desc' });
  }

  getMany(caller: Caller, ids: readonly string[]): Promise<SocialActivityReport[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.reports.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /**
   * Reports a major activity 活动报备 of a filed organization. A report on or after the
   * activity date is accepted and flagged late; an organization not FILED may not report.
   */
  async report(caller: Caller, input: ReportSocialActivity, now = new Date()): Promise<SocialActivityReport> {
    requireSocialOrganizationWriter(caller, 'Reporting a social organization activity');
    const organizationId = parseId(input.organizationId, 'organizationId');
    const title = requiredText(input.title, 'title', 100);
    const note = optionalText(input.note, 'note', 500);
    const organization = await this.organizations.findWritableOrFail(caller.scope, { id: organizationId }, input.organizationId);
    if (organization.filingStatus !== 'FILED') {
      throw new DomainError(
        'CONFLICT',
        `${organization.name} (${SOCIAL_ORGANIZATION_KIND_LABELS[organization.kind]}) is ${organization.filingStatus}, not filed 已备案: only a filed organization reports activities; file it first`,
        { status: organization.filingStatus },
      );
    }
    const late = isLateReport(input.activityDate, now);
    const report = this.reports.add(caller.scope, new SocialActivityReport(organization, title, input.activityDate, now, caller.subject, late, note));
    await this.reports.flush();
    return report;
  }
}
