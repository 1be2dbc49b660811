import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A member moved to another branch (and possibly another village): a recorded transfer, not an edit. */
export type MemberTransferredV1 = {
  memberId: string;
  /** The member's new village: also the envelope subject. */
  regionCode: string;
  fromRegionCode: string;
  fromBranchId: string | null;
  toBranchId: string | null;
  /** Whether the member lived in the old village before the transfer. */
  fromInVillage: boolean;
  /** Whether the member lives in the new village (false: a migrant member 流动党员). */
  inVillage: boolean;
  /** ISO 8601 date. */
  transferredAt: string;
};

export const memberTransferred = defineEvent<MemberTransferredV1>({
  name: 'personnel.member.transferred',
  version: 1,
  topic: domainTopic('personnel'),
  source: 'personnel',
});
