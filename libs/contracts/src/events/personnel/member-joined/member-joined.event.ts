import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A person became a party member of a village (or community) organization. */
export type MemberJoinedV1 = {
  memberId: string;
  name: string;
  /** The member's village: also the envelope subject. */
  regionCode: string;
  /** The party branch, when the member was placed in one at once. */
  branchId: string | null;
  /** Whether the member lives in the village (false: a migrant member 流动党员). */
  inVillage: boolean;
  /** ISO 8601 date. */
  joinedAt: string;
};

export const memberJoined = defineEvent<MemberJoinedV1>({
  name: 'personnel.member.joined',
  version: 1,
  topic: domainTopic('personnel'),
  source: 'personnel',
});
