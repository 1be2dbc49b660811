import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A party organization was set up; the subject is the region it serves. */
export type OrganizationCreatedV1 = {
  organizationId: string;
  /** The organization subgraph's kind code (committee, general branch, branch...). */
  kind: string;
  /** The special form (STANDARD, JOINT_COMMITTEE, GRID_BRANCH, CENTRAL_HOUSEHOLD...). */
  form: string;
  regionCode: string;
  /** The organization above it; null for a top-level one. */
  parentId: string | null;
  name: string;
};

export const organizationCreated = defineEvent<OrganizationCreatedV1>({
  name: 'organization.organization.created',
  version: 1,
  topic: domainTopic('organization'),
  source: 'organization',
});
