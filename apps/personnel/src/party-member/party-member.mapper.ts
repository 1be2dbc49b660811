import { type PartyMember } from './party-member.entity';
import { PartyMemberObject } from './party-member.object';

export function toPartyMemberObject(member: PartyMember): PartyMemberObject {
  return Object.assign(new PartyMemberObject(), {
    id: member.id,
    name: member.name,
    region: { code: member.regionCode },
    branchId: member.branchId,
    inVillage: member.inVillage,
    joinedAt: member.joinedAt,
  });
}
