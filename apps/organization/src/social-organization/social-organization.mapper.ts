import { maskName } from '@grassroots/auth';
import { type SocialActivityReport, type SocialOrganization, type SocialOrganizationFilingTransition } from './social-organization.entity';
import { FilingTransitionObject, SocialActivityReportObject, SocialOrganizationObject } from './social-organization.object';

/** `masked` (an analyst): the leader's name masked (DOMAIN §7). */
export function toSocialOrganizationObject(organization: SocialOrganization, masked = false): SocialOrganizationObject {
  return Object.assign(new SocialOrganizationObject(), {
    id: organization.id,
    name: organization.name,
    kind: organization.kind,
    regionCode: organization.regionCode,
    leaderName: masked ? maskName(organization.leaderName) : organization.leaderName,
    filingStatus: organization.filingStatus,
    refusalReason: organization.refusalReason,
    filedAt: organization.filedAt,
    createdAt: organization.createdAt.toISOString(),
  });
}

export function toFilingTransitionObject(transition: SocialOrganizationFilingTransition): FilingTransitionObject {
  return Object.assign(new FilingTransitionObject(), {
    id: transition.id,
    event: transition.event,
    fromStatus: transition.fromStatus,
    toStatus: transition.toStatus,
    note: transition.note,
    actor: transition.actor,
    at: transition.at.toISOString(),
  });
}

export function toSocialActivityReportObject(report: SocialActivityReport): SocialActivityReportObject {
  return Object.assign(new SocialActivityReportObject(), {
    id: report.id,
    organizationId: report.organization.id,
    regionCode: report.regionCode,
    title: report.title,
    activityDate: report.activityDate,
    reportedAt: report.reportedAt.toISOString(),
    reportedBy: report.reportedBy,
    late: report.late,
    note: report.note,
  });
}
