import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { PartyMember } from './party-member.entity';

// A transfer 组织关系转接 between branches (and villages) inside the platform. The row keeps where
// the member came from, so the history survives the member's new branch and village.
@Entity({ tableName: 'party_member_transfer' })
@Index({
  name: 'party_member_transfer_region_prefix_idx',
  expression: 'create index "party_member_transfer_region_prefix_idx" on "party_member_transfer" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'party_member_transfer_member_idx', properties: ['member', 'transferredAt', 'id'] })
export class MemberTransfer {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => PartyMember })
  member: PartyMember;

  /** The destination village. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 12 })
  fromRegionCode: string;

  @Property({ type: 'uuid', nullable: true })
  fromBranchId: string | null;

  @Property({ type: 'uuid', nullable: true })
  toBranchId: string | null;

  @Property({ type: 'boolean' })
  fromInVillage: boolean;

  @Property({ type: 'boolean' })
  inVillage: boolean;

  @Property({ type: 'date' })
  transferredAt: string;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Property({ type: 'varchar', length: 100 })
  recordedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(
    member: PartyMember,
    to: { regionCode: string; branchId: string | null; inVillage: boolean },
    transferredAt: string,
    note: string | null,
    recordedBy: string,
  ) {
    this.member = member;
    this.regionCode = to.regionCode;
    this.fromRegionCode = member.regionCode;
    this.fromBranchId = member.branchId;
    this.toBranchId = to.branchId;
    this.fromInVillage = member.inVillage;
    this.inVillage = to.inVillage;
    this.transferredAt = transferredAt;
    this.note = note;
    this.recordedBy = recordedBy;
  }
}
