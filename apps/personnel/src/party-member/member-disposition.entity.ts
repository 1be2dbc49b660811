import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type DispositionKind } from './member-vocabulary';
import { PartyMember } from './party-member.entity';

// An organizational disposition 组织处置 decided about a member, with its reason and date.
@Entity({ tableName: 'party_member_disposition' })
@Index({
  name: 'party_member_disposition_region_prefix_idx',
  expression: 'create index "party_member_disposition_region_prefix_idx" on "party_member_disposition" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'party_member_disposition_member_idx', properties: ['member', 'decidedAt', 'id'] })
export class MemberDisposition {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => PartyMember })
  member: PartyMember;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 16 })
  kind: DispositionKind;

  @Property({ type: 'varchar', length: 500 })
  reason: string;

  @Property({ type: 'date' })
  decidedAt: string;

  @Property({ type: 'varchar', length: 100 })
  recordedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(member: PartyMember, kind: DispositionKind, reason: string, decidedAt: string, recordedBy: string) {
    this.member = member;
    this.regionCode = member.regionCode;
    this.kind = kind;
    this.reason = reason;
    this.decidedAt = decidedAt;
    this.recordedBy = recordedBy;
  }
}
