import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { type RegionScope } from '@grassroots/kernel';
import { type Cadre } from '../cadre/cadre.entity';
import { CadrePostRepository, CadreRepository } from '../cadre/cadre.repository';
import { type PartyMember } from '../party-member/party-member.entity';
import { PartyMemberRepository } from '../party-member/party-member.repository';
import { VillageRepresentativeRepository } from '../representative/representative.repository';
import { type VillageRepresentative } from '../representative/village-representative.entity';
import { type Household } from './household.entity';
import {
  assertLinkRoleOn,
  assertNotRoleHolder,
  assertOfVillage,
  type CadreRecord,
  highestRoleOn,
  type LinkCandidate,
  type MemberRecord,
  type PersonRecords,
  type PersonRef,
  type RepresentativeRecord,
  type RoleHeld,
} from './link-eligibility.util';

type Addressed = { name: string; village: string; memberId: string | null };

const memberRecord = (member: PartyMember): MemberRecord => ({
  id: member.id,
  name: member.name,
  joinedAt: member.joinedAt,
  leftAt: member.leftAt,
  suspendedSince: member.suspendedSince,
});
const representativeRecord = (representative: VillageRepresentative): RepresentativeRecord => ({
  id: representative.id,
  name: representative.name,
  electedAt: representative.electedAt,
  leftOn: representative.leftOn,
});

// Reads the cadre, party-member and representative records (through their region-scoped
// repositories) that decide whom a link is for and with which role.
@Injectable()
export class LinkCandidateService {
  constructor(
    private readonly cadres: CadreRepository,
    private readonly posts: CadrePostRepository,
    private readonly members: PartyMemberRepository,
    private readonly representatives: VillageRepresentativeRepository,
  ) {}

  /**
   * The person to link to `household` on `day`: NOT_FOUND / FORBIDDEN for a record missing or
   * outside the caller's scope, BAD_USER_INPUT for a person of another village, CONFLICT when
   * their records give no role that day (or a grid worker's name is a role holder's).
   */
  async resolve(caller: Caller, household: Household, ref: PersonRef, day: string): Promise<LinkCandidate> {
    const village = household.regionCode.slice(0, 12);
    const inVillage = caller.scope.narrowTo(village);
    if (ref.kind === 'GRID_WORKER') {
      assertNotRoleHolder(ref.name, await this.namesakesHoldingRoles(inVillage, ref.name, day), village);
      return { personId: null, kind: 'GRID_WORKER', village, name: ref.name, linkRole: 'GRID_WORKER' };
    }
    const addressed = await this.addressed(caller.scope, ref);
    assertOfVillage(addressed, village, household.id);
    const records = addressed.memberId ? await this.recordsOfMember(inVillage, addressed.memberId) : await this.recordsOfOne(inVillage, ref);
    const role = assertLinkRoleOn(records, day);
    return addressed.memberId
      ? { personId: addressed.memberId, kind: 'MEMBER', village, name: role.name, linkRole: role.linkRole }
      : { personId: ref.id, kind: ref.kind, village, name: role.name, linkRole: role.linkRole };
  }

  private async addressed(scope: RegionScope, ref: Exclude<PersonRef, { kind: 'GRID_WORKER' }>): Promise<Addressed> {
    switch (ref.kind) {
      case 'CADRE': {
        const cadre = await this.cadres.findWritableOrFail(scope, { id: ref.id }, ref.id);
        return { name: cadre.name, village: cadre.regionCode, memberId: cadre.memberId };
      }
      case 'MEMBER': {
        const member = await this.members.findWritableOrFail(scope, { id: ref.id }, ref.id);
        return { name: member.name, village: member.regionCode, memberId: member.id };
      }
      case 'REPRESENTATIVE': {
        const representative = await this.representatives.findWritableOrFail(scope, { id: ref.id }, ref.id);
        return { name: representative.name, village: representative.regionCode, memberId: representative.memberId };
      }
    }
  }

  /** A member's records in the village: the member, and the cadre and representative records carrying their id. */
  private async recordsOfMember(inVillage: RegionScope, memberId: string): Promise<PersonRecords> {
    // One after another: the queries share the transaction's connection.
    const member = await this.members.findOne(inVillage, { id: memberId });
    const cadres = await this.cadres.find(inVillage, { memberId });
    const representatives = await this.representatives.find(inVillage, { memberId });
    return { member: member && memberRecord(member), cadres: await this.withPosts(inVillage, cadres), representatives: representatives.map(representativeRecord) };
  }

  /** A cadre or representative who is not a party member: that one record. */
  private async recordsOfOne(inVillage: RegionScope, ref: Exclude<PersonRef, { kind: 'GRID_WORKER' }>): Promise<PersonRecords> {
    if (ref.kind === 'CADRE') return { member: null, cadres: await this.withPosts(inVillage, await this.cadres.find(inVillage, { id: ref.id })), representatives: [] };
    const representatives = await this.representatives.find(inVillage, { id: ref.id });
    return { member: null, cadres: [], representatives: representatives.map(representativeRecord) };
  }

  private async withPosts(inVillage: RegionScope, cadres: readonly Cadre[]): Promise<CadreRecord[]> {
    if (cadres.length === 0) return [];
    const posts = await this.posts.find(inVillage, { cadre: { $in: cadres.map((cadre) => cadre.id) } });
    return cadres.map((cadre) => ({
      id: cadre.id,
      name: cadre.name,
      posts: posts.filter((post) => post.cadre.id === cadre.id).map((post) => ({ post: post.post, termStart: post.termStart, leftAt: post.leftAt })),
    }));
  }

  /** The village's cadres, members and representatives of that name who hold a role on `day`. */
  private async namesakesHoldingRoles(inVillage: RegionScope, name: string, day: string): Promise<RoleHeld[]> {
    const cadres = await this.cadres.find(inVillage, { name });
    const members = await this.members.find(inVillage, { name });
    const representatives = await this.representatives.find(inVillage, { name });
    const records: PersonRecords[] = [
      ...(await this.withPosts(inVillage, cadres)).map((cadre) => ({ cadres: [cadre], member: null, representatives: [] })),
      ...members.map((member) => ({ cadres: [], member: memberRecord(member), representatives: [] })),
      ...representatives.map((representative) => ({ cadres: [], member: null, representatives: [representativeRecord(representative)] })),
    ];
    return records.map((person) => highestRoleOn(person, day)).filter((role): role is RoleHeld => role !== null);
  }
}
