import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A member left the village's organization (transfer out, death, withdrawal...). */
export type MemberLeftV1 = {
  memberId: string;
  regionCode: string;
  branchId: string | null;
  /** Whether the member lived in the village, so in-village ratios can be kept. */
  inVillage: boolean;
  /** ISO 8601 date. */
  leftAt: string;
  /** The personnel subgraph's reason code, passed through as is. */
  reason: string;
};

export const memberLeft = defineEvent<MemberLeftV1>({
  name: 'personnel.member.left',
  version: 1,
  topic: domainTopic('personnel'),
  source: 'personnel',
});
