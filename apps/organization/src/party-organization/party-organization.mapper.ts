import { type PartyOrganizationChange } from './party-organization-change.entity';
import { type PartyOrganizationResidentUnit } from './party-organization-resident-unit.entity';
import { type PartyOrganization } from './party-organization.entity';
import { PartyOrganizationChangeObject, PartyOrganizationObject, ResidentUnitObject } from './party-organization.object';

export function toPartyOrganizationObject(organization: PartyOrganization): PartyOrganizationObject {
  return Object.assign(new PartyOrganizationObject(), {
    id: organization.id,
    name: organization.name,
    kind: organization.kind,
    form: organization.form,
    regionCode: organization.regionCode,
    parentId: organization.parent?.id ?? null,
    anchorMemberId: organization.anchorMemberId,
    foundedAt: organization.foundedAt,
    dissolvedAt: organization.dissolvedAt,
    active: !organization.dissolvedAt,
    memberCount: organization.memberCount,
    inVillageMemberCount: organization.inVillageMemberCount,
    inVillageRatio: organization.memberCount > 0 ? organization.inVillageMemberCount / organization.memberCount : null,
  });
}

export function toResidentUnitObject(unit: PartyOrganizationResidentUnit): ResidentUnitObject {
  return Object.assign(new ResidentUnitObject(), { id: unit.id, name: unit.name, unitKind: unit.unitKind });
}

export function toPartyOrganizationChangeObject(change: PartyOrganizationChange): PartyOrganizationChangeObject {
  return Object.assign(new PartyOrganizationChangeObject(), {
    id: change.id,
    action: change.action,
    fromValue: change.fromValue,
    toValue: change.toValue,
    note: change.note,
    changedBy: change.changedBy,
    changedAt: change.changedAt.toISOString(),
  });
}
