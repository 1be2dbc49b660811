import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A village cadre 村干部 took office. */
export type CadreAppointedV1 = {
  cadreId: string;
  name: string;
  /** The village: also the envelope subject. */
  regionCode: string;
  /** The post held, e.g. SECRETARY, COMMITTEE_CHAIR (personnel's post code). */
  office: string;
  holdsBothPosts: boolean;
  /** ISO 8601 date. */
  termStart: string;
};

export const cadreAppointed = defineEvent<CadreAppointedV1>({
  name: 'personnel.cadre.appointed',
  version: 1,
  topic: domainTopic('personnel'),
  source: 'personnel',
});
