import { maskedBirthDate, maskName } from '../shared/personal-data';
import { type PartyMember } from './party-member.entity';
import { PartyMemberObject } from './party-member.object';
import { type SealedField } from './sensitive-field.service';
import { type SensitiveField } from './sensitive-read.entity';

function sealed(member: PartyMember, field: SensitiveField, value: string | null): SealedField | null {
  return value ? { field, subjectType: 'PARTY_MEMBER', subjectId: member.id, regionCode: member.regionCode, sealed: value } : null;
}

/** `masked` for an analyst: the name as 张**, no birth date (ID number and phone mask themselves). */
export function toPartyMemberObject(member: PartyMember, masked: boolean): PartyMemberObject {
  return Object.assign(new PartyMemberObject(), {
    id: member.id,
    name: masked ? maskName(member.name) : member.name,
    region: { code: member.regionCode },
    branchId: member.branchId,
    branch: member.branchId ? { id: member.branchId } : null,
    branchSince: member.branchSince ?? member.joinedAt,
    inVillage: member.inVillage,
    joinedAt: member.joinedAt,
    status: member.status,
    gender: member.gender,
    birthDate: maskedBirthDate(member.birthDate, masked),
    education: member.education,
    suspendedSince: member.suspendedSince,
    leftAt: member.leftAt,
    leftReason: member.leftReason,
    sealedIdNumber: sealed(member, 'ID_NUMBER', member.idNumberSealed),
    sealedPhone: sealed(member, 'PHONE', member.phoneSealed),
  });
}
