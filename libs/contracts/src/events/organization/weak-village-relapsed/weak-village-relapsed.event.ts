import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A closed weak-organization case relapsed 反复回潮 and was reopened. */
export type WeakVillageRelapsedV1 = {
  caseId: string;
  regionCode: string;
  /** ISO 8601 date. */
  relapsedAt: string;
  reason: string;
};

export const weakVillageRelapsed = defineEvent<WeakVillageRelapsedV1>({
  name: 'organization.weak-village.relapsed',
  version: 1,
  topic: domainTopic('organization'),
  source: 'organization',
});
