import { DomainError } from '@grassroots/kernel';
import { LINK_QUOTAS, LINK_ROLE_LABELS, type LinkRole } from './link-role';

export function linkQuotaOf(role: LinkRole): number {
  return LINK_QUOTAS[role];
}

/** How many more households the person should link to reach the quota (0 once reached). */
export function quotaGap(role: LinkRole, activeLinks: number): number {
  return Math.max(0, linkQuotaOf(role) - activeLinks);
}

/** One more link keeps the person within the quota; CONFLICT naming the quota and the count otherwise. */
export function assertWithinQuota(role: LinkRole, activeLinks: number, personName: string): void {
  const quota = linkQuotaOf(role);
  if (activeLinks >= quota) {
    throw new DomainError(
      'CONFLICT',
      `${personName} links as ${LINK_ROLE_LABELS[role]} (${role}) with a quota of ${quota} households and already has ${activeLinks} active links: end one before linking another`,
      { quota, activeLinks, linkRole: role },
    );
  }
}

/** The same person links a household once at a time: CONFLICT for a second active link. */
export function assertNotLinkedYet(alreadyLinked: boolean, personName: string, householdId: string): void {
  if (alreadyLinked) {
    throw new DomainError('CONFLICT', `${personName} already links household ${householdId}: a person links a household once`, { householdId });
  }
}

/** Ending a link: once, not before it began, not in the future. */
export function assertLinkEnd(link: { linkedAt: string; endedAt: string | null }, endedOn: string, today: string): void {
  if (link.endedAt !== null) {
    throw new DomainError('CONFLICT', `the link already ended on ${link.endedAt}`, { endedAt: link.endedAt });
  }
  if (endedOn > today) throw new DomainError('BAD_USER_INPUT', `endedOn ${endedOn} is in the future`, { field: 'endedOn' });
  if (endedOn < link.linkedAt) {
    throw new DomainError('BAD_USER_INPUT', `endedOn ${endedOn} is before the link began (${link.linkedAt})`, { field: 'endedOn' });
  }
}
