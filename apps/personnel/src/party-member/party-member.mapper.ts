import { type PartyMember } from './party-member.entity';
import { PartyMemberObject } from './party-member.object';
import { type SealedField } from './sensitive-field.service';
import { type SensitiveField } from './sensitive-read.entity';

function sealed(member: PartyMember, field: SensitiveField, value: string | null): SealedField | null {
  return value ? { field, subjectType: 'PARTY_MEMBER', subjectId: member.id, regionCode: member.regionCode, sealed: value } : null;
}

export function toPartyMemberObject(member: PartyMember): PartyMemberObject {
  return Object.assign(new PartyMemberObject(), {
    id: member.id,
    name: member.name,
    region: { code: member.regionCode },
    branchId: member.branchId,
    branch: member.branchId ? { id: member.branchId } : null,
    branchSince: member.branchSince ?? member.joinedAt,
    inVillage: member.inVillage,
    joinedAt: member.joinedAt,
    status: member.status,
    gender: member.gender,
    birthDate: member.birthDate,
    education: member.education,
    suspendedSince: member.suspendedSince,
    leftAt: member.leftAt,
    leftReason: member.leftReason,
    sealedIdNumber: sealed(member, 'ID_NUMBER', member.idNumberSealed),
    sealedPhone: sealed(member, 'PHONE', member.phoneSealed),
  });
}
