import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A villagers' representative 村民代表 was replaced, and the replacement filed with the county. */
export type RepresentativeReplacedV1 = {
  /** The village: also the envelope subject. */
  regionCode: string;
  outgoingRepresentativeId: string;
  incomingRepresentativeId: string;
  reason: string;
  /** ISO 8601 date the replacement was filed with the county. */
  filedAt: string;
};

export const representativeReplaced = defineEvent<RepresentativeReplacedV1>({
  name: 'personnel.representative.replaced',
  version: 1,
  topic: domainTopic('personnel'),
  source: 'personnel',
});
