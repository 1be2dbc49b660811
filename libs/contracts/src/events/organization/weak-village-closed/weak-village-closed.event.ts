import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A weak-organization case was signed off 销号 after rectification. */
export type WeakVillageClosedV1 = {
  caseId: string;
  regionCode: string;
  /** ISO 8601 date of the sign-off 销号. */
  closedAt: string;
};

export const weakVillageClosed = defineEvent<WeakVillageClosedV1>({
  name: 'organization.weak-village.closed',
  version: 1,
  topic: domainTopic('organization'),
  source: 'organization',
});
