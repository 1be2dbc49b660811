import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type DepartureReason } from './member-vocabulary';
import { PartyMember } from './party-member.entity';

// A member leaving the village's organization (转出, 去世, 退党, 除名 ...): recorded once, never deleted.
@Entity({ tableName: 'party_member_departure' })
@Index({
  name: 'party_member_departure_region_prefix_idx',
  expression: 'create index "party_member_departure_region_prefix_idx" on "party_member_departure" ("region_code" varchar_pattern_ops, "id")',
})
@Unique({ name: 'party_member_departure_member_unique', properties: ['member'] })
export class MemberDeparture {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => PartyMember })
  member: PartyMember;

  /** The village the member left. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'uuid', nullable: true })
  branchId: string | null;

  @Property({ type: 'varchar', length: 24 })
  reason: DepartureReason;

  @Property({ type: 'date' })
  leftAt: string;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Property({ type: 'varchar', length: 100 })
  recordedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(member: PartyMember, reason: DepartureReason, leftAt: string, note: string | null, recordedBy: string) {
    this.member = member;
    this.regionCode = member.regionCode;
    this.branchId = member.branchId;
    this.reason = reason;
    this.leftAt = leftAt;
    this.note = note;
    this.recordedBy = recordedBy;
  }
}
