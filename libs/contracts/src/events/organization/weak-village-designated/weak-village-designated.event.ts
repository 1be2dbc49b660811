import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A village party organization was designated weak and slack 软弱涣散. */
export type WeakVillageDesignatedV1 = {
  caseId: string;
  /** The village: also the envelope subject. */
  regionCode: string;
  organizationId: string | null;
  reasons: string[];
  /** ISO 8601 date. */
  designatedAt: string;
};

export const weakVillageDesignated = defineEvent<WeakVillageDesignatedV1>({
  name: 'organization.weak-village.designated',
  version: 1,
  topic: domainTopic('organization'),
  source: 'organization',
});
