import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A party organization was dissolved 撤销; its children were handled explicitly. */
export type OrganizationDissolvedV1 = {
  organizationId: string;
  regionCode: string;
  /** ISO 8601 date. */
  dissolvedAt: string;
  /** What happened to its child organizations: moved to another parent, or dissolved with it. */
  childrenHandling: 'MOVED' | 'DISSOLVED' | 'NONE';
};

export const organizationDissolved = defineEvent<OrganizationDissolvedV1>({
  name: 'organization.organization.dissolved',
  version: 1,
  topic: domainTopic('organization'),
  source: 'organization',
});
