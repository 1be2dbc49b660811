import { DomainError, parseId, requiredText } from '@grassroots/kernel';
import { CADRE_POST_LABELS, type CadrePostKind, TWO_COMMITTEE_POSTS } from '../cadre/cadre-vocabulary';
import { LINK_QUOTAS, LINK_ROLE_LABELS, type LinkPersonKind, type LinkRole } from './link-role';

// Who may link households and with which quota is read from personnel's own records, never
// declared by the caller: the highest role the person holds on the link date.

/** 村主干: the secretary and the villagers' committee chair link as chief cadres. */
export const CHIEF_POSTS: readonly CadrePostKind[] = ['SECRETARY', 'COMMITTEE_CHAIR'];

/** The person to link, as the caller names them: one record, or a grid worker's name. */
export type PersonRef = { kind: 'CADRE' | 'MEMBER' | 'REPRESENTATIVE'; id: string } | { kind: 'GRID_WORKER'; name: string };

export type PersonRefInput = {
  cadreId?: string | null;
  memberId?: string | null;
  representativeId?: string | null;
  gridWorkerName?: string | null;
};

/** Exactly one of the four; BAD_USER_INPUT otherwise or for a malformed id or name. */
export function parsePersonRef(input: PersonRefInput | null | undefined): PersonRef {
  const given = (['cadreId', 'memberId', 'representativeId', 'gridWorkerName'] as const).filter((field) => (input?.[field] ?? null) !== null);
  if (given.length !== 1) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `person: give exactly one of cadreId, memberId, representativeId or gridWorkerName (got ${given.length === 0 ? 'none' : given.join(', ')})`,
      { field: 'person' },
    );
  }
  const [field] = given;
  const value = input![field]!;
  switch (field) {
    case 'cadreId':
      return { kind: 'CADRE', id: parseId(value, 'person.cadreId') };
    case 'memberId':
      return { kind: 'MEMBER', id: parseId(value, 'person.memberId') };
    case 'representativeId':
      return { kind: 'REPRESENTATIVE', id: parseId(value, 'person.representativeId') };
    case 'gridWorkerName':
      return { kind: 'GRID_WORKER', name: requiredText(value, 'person.gridWorkerName', 50) };
  }
}

export type PostRecord = { post: CadrePostKind; termStart: string; leftAt: string | null };
export type CadreRecord = { id: string; name: string; posts: readonly PostRecord[] };
export type MemberRecord = { id: string; name: string; joinedAt: string; leftAt: string | null; suspendedSince: string | null };
export type RepresentativeRecord = { id: string; name: string; electedAt: string; leftOn: string | null };

/** One person's records in one village (a member's cadre and representative records joined by memberId). */
export type PersonRecords = { cadres: readonly CadreRecord[]; member: MemberRecord | null; representatives: readonly RepresentativeRecord[] };

/** A role a record gives on a day, with the record's name and id. */
export type RoleHeld = { linkRole: LinkRole; name: string; recordId: string; record: Exclude<LinkPersonKind, 'GRID_WORKER'> };

/** Whom a link is for: the person's key (null for a grid worker not linked before), role and name from their records. */
export type LinkCandidate = { personId: string | null; kind: LinkPersonKind; village: string; name: string; linkRole: LinkRole };

// A post or seat is held from its first day up to, not including, the day it ended.
const heldOn = (from: string, until: string | null, day: string): boolean => from <= day && (until === null || until > day);

/** Every role the records give on `day`. */
export function rolesOn(records: PersonRecords, day: string): RoleHeld[] {
  const roles: RoleHeld[] = [];
  for (const cadre of records.cadres) {
    const posts = cadre.posts.filter((post) => TWO_COMMITTEE_POSTS.includes(post.post) && heldOn(post.termStart, post.leftAt, day));
    if (posts.length === 0) continue;
    const linkRole = posts.some((post) => CHIEF_POSTS.includes(post.post)) ? 'CHIEF_CADRE' : 'TWO_COMMITTEE_MEMBER';
    roles.push({ linkRole, name: cadre.name, recordId: cadre.id, record: 'CADRE' });
  }
  const member = records.member;
  if (member && heldOn(member.joinedAt, member.leftAt, day) && (member.suspendedSince === null || member.suspendedSince > day)) {
    roles.push({ linkRole: 'PARTY_MEMBER', name: member.name, recordId: member.id, record: 'MEMBER' });
  }
  for (const representative of records.representatives) {
    if (heldOn(representative.electedAt, representative.leftOn, day)) {
      roles.push({ linkRole: 'REPRESENTATIVE', name: representative.name, recordId: representative.id, record: 'REPRESENTATIVE' });
    }
  }
  return roles;
}

/** The role with the largest quota on `day`, or null when the records give none. */
export function highestRoleOn(records: PersonRecords, day: string): RoleHeld | null {
  return rolesOn(records, day).reduce<RoleHeld | null>((best, role) => (best && LINK_QUOTAS[best.linkRole] >= LINK_QUOTAS[role.linkRole] ? best : role), null);
}

/** Why the records give no role on `day`, one reason per record. */
export function reasonsWithoutRole(records: PersonRecords, day: string): string[] {
  const reasons: string[] = [];
  for (const cadre of records.cadres) {
    const twoCommittee = cadre.posts.filter((post) => TWO_COMMITTEE_POSTS.includes(post.post));
    const lastEnded = twoCommittee.map((post) => post.leftAt).filter((leftAt): leftAt is string => leftAt !== null && leftAt <= day).sort().at(-1);
    const held = cadre.posts.filter((post) => heldOn(post.termStart, post.leftAt, day)).map((post) => CADRE_POST_LABELS[post.post]);
    reasons.push(
      `cadre ${cadre.name} holds no two-committee post on ${day}` +
        (lastEnded ? ` (the last ended on ${lastEnded})` : '') +
        (held.length ? ` (only ${held.join(', ')}, not a two-committee post)` : ''),
    );
  }
  const member = records.member;
  if (member) {
    if (member.joinedAt > day) reasons.push(`party member ${member.name} joined on ${member.joinedAt}, after ${day}`);
    else if (member.leftAt !== null && member.leftAt <= day) reasons.push(`party member ${member.name} left the party organization on ${member.leftAt}`);
    else if (member.suspendedSince !== null && member.suspendedSince <= day) reasons.push(`party member ${member.name}'s membership is suspended since ${member.suspendedSince}`);
  }
  for (const representative of records.representatives) {
    if (representative.electedAt > day) reasons.push(`representative ${representative.name} was elected on ${representative.electedAt}, after ${day}`);
    else if (representative.leftOn !== null && representative.leftOn <= day) reasons.push(`representative ${representative.name} no longer serves since ${representative.leftOn}`);
  }
  return reasons;
}

/** The highest role on `day`; CONFLICT saying why there is none (a departed member, an ended post, …). */
export function assertLinkRoleOn(records: PersonRecords, day: string): RoleHeld {
  const role = highestRoleOn(records, day);
  if (role) return role;
  throw new DomainError(
    'CONFLICT',
    `no role that links households on ${day}: ${reasonsWithoutRole(records, day).join('; ')}. ` +
      'Serving two-committee members, current (not departed, not suspended) party members and serving representatives link households',
    { linkedAt: day },
  );
}

/** A person links households of the village their record belongs to; BAD_USER_INPUT otherwise. */
export function assertOfVillage(person: { name: string; village: string }, householdVillage: string, householdId: string): void {
  if (person.village !== householdVillage) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `${person.name} belongs to village ${person.village} and household ${householdId} to village ${householdVillage}: a person links households of their own village`,
      { field: 'householdId' },
    );
  }
}

/**
 * A grid worker linked by name must be none of the village's role holders: a namesake who holds
 * a role on `day` is that person and links by their record (CONFLICT naming the record).
 */
export function assertNotRoleHolder(name: string, namesakes: readonly RoleHeld[], village: string): void {
  const [holder] = namesakes;
  if (!holder) return;
  const field = { CADRE: 'cadreId', MEMBER: 'memberId', REPRESENTATIVE: 'representativeId' }[holder.record];
  throw new DomainError(
    'CONFLICT',
    `${name} of village ${village} is recorded as ${LINK_ROLE_LABELS[holder.linkRole]} (${holder.record.toLowerCase()} ${holder.recordId}): ` +
      `link them with person.${field}; a grid worker linked by name is none of the village's cadres, party members or representatives`,
    { recordId: holder.recordId },
  );
}
