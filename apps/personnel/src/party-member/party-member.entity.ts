import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type Gender } from './id-number.util';
import { type Education, type DepartureReason, type MemberStatus } from './member-vocabulary';

// A party member 党员. Branch, region, status, suspension and leaving change only through the
// rows that record them (transfer, disposition, departure, pipeline stage); the columns here are
// the current state. ID number and phone are sealed (SM4-CTR + HMAC-SM3); the ID number also has
// a keyed SM3 hash for exact lookup.
@Entity({ tableName: 'party_member' })
@Index({
  name: 'party_member_region_prefix_idx',
  expression: 'create index "party_member_region_prefix_idx" on "party_member" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'party_member_branch_idx', properties: ['branchId', 'name', 'id'] })
@Index({
  name: 'party_member_current_id_number_unique',
  expression:
    'create unique index "party_member_current_id_number_unique" on "party_member" ("id_number_hash") where "id_number_hash" is not null and "left_at" is null',
})
export class PartyMember {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'varchar', length: 50 })
  name: string;

  /** The village 村(社区) the member belongs to. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** The branch 党支部 (a PartyOrganization id owned by the organization subgraph). */
  @Property({ type: 'uuid', nullable: true })
  branchId: string | null;

  /** Lives in the village; false for a migrant member 流动党员 (about two thirds in rural villages). */
  @Property({ type: 'boolean', default: true })
  inVillage: Opt<boolean> = true;

  @Property({ type: 'date' })
  joinedAt: string;

  @Property({ type: 'varchar', length: 16, default: 'FULL' })
  status: Opt<MemberStatus> = 'FULL';

  @Property({ type: 'varchar', length: 8, nullable: true })
  gender: Gender | null = null;

  @Property({ type: 'date', nullable: true })
  birthDate: string | null = null;

  @Property({ type: 'varchar', length: 24, nullable: true })
  education: Education | null = null;

  @Property({ type: 'text', nullable: true })
  idNumberSealed: string | null = null;

  @Property({ type: 'varchar', length: 64, nullable: true })
  idNumberHash: string | null = null;

  @Property({ type: 'text', nullable: true })
  phoneSealed: string | null = null;

  /** Date of the last transfer into the current branch; null: since joinedAt. */
  @Property({ type: 'date', nullable: true })
  branchSince: string | null = null;

  /** Set by a suspension 停止党籍, cleared by a restoration 恢复党籍. */
  @Property({ type: 'date', nullable: true })
  suspendedSince: string | null = null;

  @Property({ type: 'date', nullable: true })
  leftAt: string | null = null;

  @Property({ type: 'varchar', length: 24, nullable: true })
  leftReason: DepartureReason | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  // A database default so the migration can add the column to existing rows.
  @Property({ type: 'datetime', defaultRaw: 'current_timestamp', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(name: string, regionCode: string, branchId: string | null, joinedAt: string) {
    this.name = name;
    this.regionCode = regionCode;
    this.branchId = branchId;
    this.joinedAt = joinedAt;
  }
}
