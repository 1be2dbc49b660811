import { DomainError } from '@grassroots/kernel';
import { LINK_QUOTAS, LINK_ROLE_LABELS, LINK_ROLES, type LinkRole } from './link-role';

export function linkQuotaOf(role: LinkRole): number {
  return LINK_QUOTAS[role];
}

/** The role given, or BAD_USER_INPUT listing the roles. */
export function parseLinkRole(role: string): LinkRole {
  if ((LINK_ROLES as readonly string[]).includes(role)) return role as LinkRole;
  throw new DomainError('BAD_USER_INPUT', `linkRole "${role}" is unknown: use one of ${LINK_ROLES.join(', ')}`, { field: 'linkRole' });
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

export type LinkPersonState = { name: string; linkRole: LinkRole; village: string };

/**
 * A person has one link role and links households of one village. Both may change only while
 * the person has no active link; CONFLICT otherwise. True when the stored role or village changes.
 */
export function settleLinkPerson(current: LinkPersonState, requested: LinkPersonState, activeLinks: number): boolean {
  const changes = current.linkRole !== requested.linkRole || current.village !== requested.village;
  if (!changes || activeLinks === 0) return changes;
  if (current.linkRole !== requested.linkRole) {
    throw new DomainError(
      'CONFLICT',
      `${current.name} links households as ${LINK_ROLE_LABELS[current.linkRole]} (${current.linkRole}); a person has one link role: ` +
        `end the ${activeLinks} active links before linking as ${requested.linkRole}`,
      { linkRole: current.linkRole, activeLinks },
    );
  }
  throw new DomainError(
    'CONFLICT',
    `${current.name} links households in village ${current.village}; a person links households of one village: ` +
      `end the ${activeLinks} active links before linking in ${requested.village}`,
    { village: current.village, activeLinks },
  );
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
