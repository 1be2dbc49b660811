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
  /**
   * ISO 8601 date the term ends: the next general election 换届, five years after a general
   * election; for a by-election 补选, the end of the village's current term.
   */
  termEnd: string;
};

export const cadreAppointed = defineEvent<CadreAppointedV1>({
  name: 'personnel.cadre.appointed',
  version: 1,
  topic: domainTopic('personnel'),
  source: 'personnel',
});
