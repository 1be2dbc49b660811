import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A party organization was moved under another parent organization. */
export type OrganizationMovedV1 = {
  organizationId: string;
  /** The region the organization serves (unchanged by a move unless it moved region too). */
  regionCode: string;
  fromParentId: string | null;
  toParentId: string | null;
};

export const organizationMoved = defineEvent<OrganizationMovedV1>({
  name: 'organization.organization.moved',
  version: 1,
  topic: domainTopic('organization'),
  source: 'organization',
});
