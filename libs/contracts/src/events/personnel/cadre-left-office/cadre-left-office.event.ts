import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A village cadre left an office: supervision uses it to start the departure audit. */
export type CadreLeftOfficeV1 = {
  cadreId: string;
  name: string;
  regionCode: string;
  /** The office held, e.g. the village party secretary. */
  office: string;
  /** ISO 8601 date the term began. */
  termStart: string;
  /** ISO 8601 date. */
  leftAt: string;
  reason: string;
};

export const cadreLeftOffice = defineEvent<CadreLeftOfficeV1>({
  name: 'personnel.cadre.left-office',
  version: 1,
  topic: domainTopic('personnel'),
  source: 'personnel',
});
