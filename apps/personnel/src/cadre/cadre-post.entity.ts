import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { Cadre } from './cadre.entity';
import { type CadrePostKind, type LeftReason } from './cadre-vocabulary';

// A post 职务 a cadre holds for one term 任期; active until left_at is set. The two partial
// unique indexes back the rules in cadre-post.rules.ts against concurrent appointments.
@Entity({ tableName: 'cadre_post' })
@Index({
  name: 'cadre_post_region_prefix_idx',
  expression: 'create index "cadre_post_region_prefix_idx" on "cadre_post" ("region_code" varchar_pattern_ops, "id")',
})
@Unique({
  name: 'cadre_post_single_holder_uq',
  expression:
    'create unique index "cadre_post_single_holder_uq" on "cadre_post" ("region_code", "post") where "left_at" is null and "post" in (\'SECRETARY\', \'COMMITTEE_CHAIR\')',
})
@Unique({
  name: 'cadre_post_active_uq',
  expression: 'create unique index "cadre_post_active_uq" on "cadre_post" ("cadre_id", "post") where "left_at" is null',
})
export class CadrePost {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => Cadre })
  cadre: Cadre;

  /** The cadre's village. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 24 })
  post: CadrePostKind;

  /** The election 换届选举 (or appointment) date. */
  @Property({ type: 'date' })
  termStart: string;

  /** The next general election 换届: five years after a general election; a by-election's ends with the village's current term. */
  @Property({ type: 'date' })
  termEnd: string;

  @Property({ type: 'date', nullable: true })
  leftAt: string | null = null;

  @Property({ type: 'varchar', length: 16, nullable: true })
  leftReason: LeftReason | null = null;

  @Property({ type: 'text', nullable: true })
  leftNote: string | null = null;

  @Property({ type: 'varchar', length: 100 })
  appointedBy: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  constructor(cadre: Cadre, post: CadrePostKind, termStart: string, termEnd: string, appointedBy: string) {
    this.cadre = cadre;
    this.regionCode = cadre.regionCode;
    this.post = post;
    this.termStart = termStart;
    this.termEnd = termEnd;
    this.appointedBy = appointedBy;
  }
}

export type CadrePostStatus = 'ACTIVE' | 'LEFT';

// Each appointment and departure as a row: who, when, from, to, why.
@Entity({ tableName: 'cadre_post_change' })
@Index({
  name: 'cadre_post_change_region_prefix_idx',
  expression: 'create index "cadre_post_change_region_prefix_idx" on "cadre_post_change" ("region_code" varchar_pattern_ops, "id")',
})
export class CadrePostChange {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => CadrePost, index: 'cadre_post_change_post_idx' })
  post: CadrePost;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** Null for the appointment itself. */
  @Property({ type: 'varchar', length: 8, nullable: true })
  fromStatus: CadrePostStatus | null;

  @Property({ type: 'varchar', length: 8 })
  toStatus: CadrePostStatus;

  @Property({ type: 'varchar', length: 100 })
  changedBy: string;

  @Property({ type: 'datetime' })
  changedAt: Opt<Date> = new Date();

  @Property({ type: 'text', nullable: true })
  note: string | null;

  constructor(post: CadrePost, fromStatus: CadrePostStatus | null, toStatus: CadrePostStatus, changedBy: string, note: string | null) {
    this.post = post;
    this.regionCode = post.regionCode;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.changedBy = changedBy;
    this.note = note;
  }
}
