import { Entity, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type RepresentativeStatus } from './representative-status.util';

// A villagers' representative 村民代表. Points are not a column: a year's balance is computed
// from representative_point_change rows. Status changes are also kept as rows
// (representative_status_change); the status here is the current one for filtering.
@Entity({ tableName: 'village_representative' })
@Index({
  name: 'village_representative_region_prefix_idx',
  expression: 'create index "village_representative_region_prefix_idx" on "village_representative" ("region_code" varchar_pattern_ops, "id")',
})
// A party member serves as at most one active representative.
@Unique({
  name: 'village_representative_active_member_unique',
  expression:
    'create unique index "village_representative_active_member_unique" on "village_representative" ("member_id") where "status" = \'ACTIVE\' and "member_id" is not null',
})
export class VillageRepresentative {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'varchar', length: 50 })
  name: string;

  /** The village 村(社区) represented. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** The representative's party-member id, when a party member. */
  @Property({ type: 'uuid', nullable: true })
  memberId: string | null;

  @Property({ type: 'date' })
  electedAt: string;

  @Property({ type: 'varchar', length: 12, default: 'ACTIVE' })
  status: Opt<RepresentativeStatus> = 'ACTIVE';

  /** The first day no longer serving: the replacement's election day, or the resignation day. */
  @Property({ type: 'date', nullable: true })
  leftOn: string | null = null;

  /** The representative elected in this one's place. */
  @Property({ type: 'uuid', nullable: true })
  replacedBy: string | null = null;

  @Property({ type: 'varchar', length: 200 })
  createdBy: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  constructor(name: string, regionCode: string, memberId: string | null, electedAt: string, createdBy: string) {
    this.name = name;
    this.regionCode = regionCode;
    this.memberId = memberId;
    this.electedAt = electedAt;
    this.createdBy = createdBy;
  }
}
