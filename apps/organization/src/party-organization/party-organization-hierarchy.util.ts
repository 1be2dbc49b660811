import { DomainError, isWithinRegion, type RegionCode, regionLevelOf, type RegionLevel } from '@grassroots/kernel';

// What may sit under what (DOMAIN §1): the party's ranks 党委 > 党总支 > 党支部 > 党小组, the special
// forms of the rural three-level system 村党组织—村民小组党小组—党员联系户 and the urban five-level
// system 街道大工委—社区大党委—网格党支部—楼栋党小组—党员中心户, and where each may be placed.

export type PartyOrganizationKind = 'COMMITTEE' | 'GENERAL_BRANCH' | 'BRANCH' | 'GROUP';

export type PartyOrganizationForm =
  | 'STANDARD'
  | 'STREET_WORKING_COMMITTEE'
  | 'JOINT_COMMITTEE'
  | 'COMMUNITY_BIG_COMMITTEE'
  | 'GRID_BRANCH'
  | 'VILLAGE_GROUP_GROUP'
  | 'BUILDING_GROUP'
  | 'CENTRAL_HOUSEHOLD';

export const PARTY_ORGANIZATION_KINDS: readonly PartyOrganizationKind[] = ['COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'GROUP'];

export const PARTY_ORGANIZATION_FORMS: readonly PartyOrganizationForm[] = [
  'STANDARD',
  'STREET_WORKING_COMMITTEE',
  'JOINT_COMMITTEE',
  'COMMUNITY_BIG_COMMITTEE',
  'GRID_BRANCH',
  'VILLAGE_GROUP_GROUP',
  'BUILDING_GROUP',
  'CENTRAL_HOUSEHOLD',
];

/** Bounds of a joint committee's villages 联村 (the member list is part of the aggregate). */
export const MEMBER_REGIONS_MIN = 2;
export const MEMBER_REGIONS_MAX = 30;
/** Bounds of a community big committee's resident units 驻社区单位. */
export const RESIDENT_UNITS_MIN = 1;
export const RESIDENT_UNITS_MAX = 100;

type FormRule = {
  /** The rank a special form always has; null: any rank (STANDARD). */
  kind: PartyOrganizationKind | null;
  /** Levels of the region it sits in. */
  levels: readonly RegionLevel[];
  /** Forms of the parent it may sit under. */
  parentForms: readonly PartyOrganizationForm[];
  /** May be recorded without a parent (a party group or a grid branch always has one). */
  topLevel: boolean;
};

const ALL_PARENT_FORMS: readonly PartyOrganizationForm[] = PARTY_ORGANIZATION_FORMS.filter((form) => form !== 'CENTRAL_HOUSEHOLD');

const FORM_RULES: Readonly<Record<PartyOrganizationForm, FormRule>> = {
  STANDARD: { kind: null, levels: ['COUNTY', 'TOWNSHIP', 'VILLAGE', 'VILLAGE_GROUP'], parentForms: ALL_PARENT_FORMS, topLevel: true },
  STREET_WORKING_COMMITTEE: { kind: 'COMMITTEE', levels: ['TOWNSHIP'], parentForms: ['STANDARD'], topLevel: true },
  JOINT_COMMITTEE: { kind: 'COMMITTEE', levels: ['COUNTY', 'TOWNSHIP'], parentForms: ['STANDARD'], topLevel: true },
  COMMUNITY_BIG_COMMITTEE: { kind: 'COMMITTEE', levels: ['VILLAGE'], parentForms: ['STREET_WORKING_COMMITTEE', 'STANDARD'], topLevel: true },
  GRID_BRANCH: { kind: 'BRANCH', levels: ['VILLAGE'], parentForms: ['COMMUNITY_BIG_COMMITTEE', 'STANDARD'], topLevel: false },
  VILLAGE_GROUP_GROUP: { kind: 'GROUP', levels: ['VILLAGE', 'VILLAGE_GROUP'], parentForms: ['STANDARD'], topLevel: false },
  BUILDING_GROUP: { kind: 'GROUP', levels: ['VILLAGE'], parentForms: ['GRID_BRANCH', 'STANDARD'], topLevel: false },
  CENTRAL_HOUSEHOLD: {
    kind: 'GROUP',
    levels: ['VILLAGE', 'VILLAGE_GROUP'],
    parentForms: ['BUILDING_GROUP', 'VILLAGE_GROUP_GROUP', 'STANDARD'],
    topLevel: false,
  },
};

// A committee holds committees (县委 → 乡镇党委 → 村党委), general branches and branches; a general
// branch holds branches; a branch holds party groups; a party group holds only central households.
const CHILD_KINDS: Readonly<Record<PartyOrganizationKind, readonly PartyOrganizationKind[]>> = {
  COMMITTEE: ['COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'],
  GENERAL_BRANCH: ['BRANCH'],
  BRANCH: ['GROUP'],
  GROUP: ['GROUP'],
};

const KIND_LABEL: Readonly<Record<PartyOrganizationKind, string>> = {
  COMMITTEE: 'COMMITTEE 党委',
  GENERAL_BRANCH: 'GENERAL_BRANCH 党总支',
  BRANCH: 'BRANCH 党支部',
  GROUP: 'GROUP 党小组',
};

/** What the rules need to know about the region an organization sits in. */
export type RegionFacts = { code: string; level: RegionLevel; name: string; settlement: 'RURAL' | 'URBAN' | null };

/** An organization as far as placement is concerned. */
export type Placed = {
  kind: PartyOrganizationKind;
  form: PartyOrganizationForm;
  regionCode: string;
  /** A joint committee's villages: its children sit in one of them. */
  memberRegionCodes?: readonly string[];
};

/** The rank a new organization gets: the form's own, or the one given for a STANDARD organization. */
export function kindForForm(form: PartyOrganizationForm, kind: PartyOrganizationKind | null | undefined): PartyOrganizationKind {
  const fixed = FORM_RULES[form].kind;
  if (fixed) {
    if (kind && kind !== fixed) {
      throw new DomainError('BAD_USER_INPUT', `a ${form} is a ${KIND_LABEL[fixed]}, not a ${KIND_LABEL[kind]}: leave kind out or pass ${fixed}`, {
        field: 'kind',
      });
    }
    return fixed;
  }
  if (!kind) {
    throw new DomainError('BAD_USER_INPUT', `kind is required for a STANDARD organization: pass ${PARTY_ORGANIZATION_KINDS.join(', ')}`, { field: 'kind' });
  }
  return kind;
}

/** Why an organization of `form` may not sit in `region`, or null when it may. */
export function regionProblem(form: PartyOrganizationForm, region: RegionFacts): string | null {
  const rule = FORM_RULES[form];
  if (!rule.levels.includes(region.level)) {
    return `a ${form} sits in a ${rule.levels.join(' or ')} region, and ${region.code} is a ${region.level}`;
  }
  if (form === 'STREET_WORKING_COMMITTEE' && !region.name.endsWith('街道')) {
    return `a street working committee 街道大工委 sits in a street 街道, and ${region.code} ${region.name} is not one`;
  }
  if (form === 'COMMUNITY_BIG_COMMITTEE' && region.settlement !== 'URBAN') {
    return `a community big committee 社区大党委 sits in an urban community 社区, and ${region.code} ${region.name} is not one`;
  }
  return null;
}

/** Why the member villages of a joint committee in `regionCode` are not acceptable, or null. */
export function memberRegionsProblem(form: PartyOrganizationForm, regionCode: string, memberRegionCodes: readonly string[]): string | null {
  if (form !== 'JOINT_COMMITTEE') {
    return memberRegionCodes.length ? `only a JOINT_COMMITTEE 联村联社党委 lists member regions; leave memberRegionCodes out for a ${form}` : null;
  }
  if (memberRegionCodes.length < MEMBER_REGIONS_MIN || memberRegionCodes.length > MEMBER_REGIONS_MAX) {
    return `a joint committee joins ${MEMBER_REGIONS_MIN} to ${MEMBER_REGIONS_MAX} villages, got ${memberRegionCodes.length}`;
  }
  const repeated = memberRegionCodes.find((code, index) => memberRegionCodes.indexOf(code) !== index);
  if (repeated) return `member region ${repeated} is listed twice`;
  const notVillage = memberRegionCodes.find((code) => regionLevelOf(code as RegionCode) !== 'VILLAGE');
  if (notVillage) return `member region ${notVillage} is not a village: list 12-digit village codes`;
  const outside = memberRegionCodes.find((code) => !isWithinRegion(code, regionCode));
  if (outside) return `member region ${outside} lies outside the committee's region ${regionCode}`;
  return null;
}

/** Why the resident units 驻社区单位 (by name) of an organization of `form` are not acceptable, or null. */
export function residentUnitsProblem(form: PartyOrganizationForm, unitNames: readonly string[]): string | null {
  if (form !== 'COMMUNITY_BIG_COMMITTEE') {
    return unitNames.length ? `only a COMMUNITY_BIG_COMMITTEE 社区大党委 has resident units; leave residentUnits out for a ${form}` : null;
  }
  if (unitNames.length < RESIDENT_UNITS_MIN || unitNames.length > RESIDENT_UNITS_MAX) {
    return `a community big committee has ${RESIDENT_UNITS_MIN} to ${RESIDENT_UNITS_MAX} resident units as members, got ${unitNames.length}`;
  }
  const badName = unitNames.find((name) => name.length < 1 || name.length > 100);
  if (badName !== undefined) return `resident unit name "${badName}" must be 1 to 100 characters`;
  const repeated = unitNames.find((name, index) => unitNames.indexOf(name) !== index);
  if (repeated) return `resident unit ${repeated} is listed twice`;
  return null;
}

/** Why `child` may not sit under `parent` (null: at the top), or null when it may. */
export function placementProblem(child: Placed, parent: Placed | null): string | null {
  const rule = FORM_RULES[child.form];
  if (!parent) {
    if (!rule.topLevel) return `a ${child.form} always sits under a parent organization: pass one`;
    if (child.form === 'STANDARD' && child.kind === 'GROUP') return 'a party group 党小组 always sits under a branch: pass one';
    return null;
  }
  if (parent.form === 'CENTRAL_HOUSEHOLD') return 'a party-member central household 党员中心户 has no organizations under it';
  if (!rule.parentForms.includes(parent.form)) {
    return `a ${child.form} sits under a ${rule.parentForms.join(' or ')}, not under a ${parent.form}`;
  }
  const groupUnderGroup = parent.kind === 'GROUP' && child.kind === 'GROUP';
  if (!CHILD_KINDS[parent.kind].includes(child.kind) || (groupUnderGroup && child.form !== 'CENTRAL_HOUSEHOLD')) {
    return `a ${KIND_LABEL[child.kind]} cannot sit under a ${KIND_LABEL[parent.kind]}`;
  }
  if (parent.form === 'JOINT_COMMITTEE') {
    const members = parent.memberRegionCodes ?? [];
    if (!members.some((code) => isWithinRegion(child.regionCode, code))) {
      return `under a joint committee an organization sits in one of its villages (${members.join(', ')}), and ${child.regionCode} is not among them`;
    }
    return null;
  }
  if (!isWithinRegion(child.regionCode, parent.regionCode)) {
    return `region ${child.regionCode} lies outside the parent's region ${parent.regionCode}`;
  }
  return null;
}

/** Refuses (CONFLICT) a move that would put an organization under itself or its own descendant. */
export function assertNoCycle(organizationId: string, newParentId: string, descendantIdsOfOrganization: readonly string[]): void {
  if (organizationId === newParentId) {
    throw new DomainError('CONFLICT', 'an organization cannot be its own parent', { id: organizationId });
  }
  if (descendantIdsOfOrganization.includes(newParentId)) {
    throw new DomainError('CONFLICT', `organization ${newParentId} lies under ${organizationId}: moving there would make a cycle`, {
      id: organizationId,
      newParentId,
    });
  }
}
