import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { Cadre } from './cadre.entity';

// 导师帮带: a mentor for a (usually young) cadre. A new mentor closes the current mentorship,
// so the rows are the history; one open mentorship per mentee.
@Entity({ tableName: 'mentorship' })
@Index({
  name: 'mentorship_region_prefix_idx',
  expression: 'create index "mentorship_region_prefix_idx" on "mentorship" ("region_code" varchar_pattern_ops, "id")',
})
@Unique({
  name: 'mentorship_open_uq',
  expression: 'create unique index "mentorship_open_uq" on "mentorship" ("mentee_id") where "until" is null',
})
export class Mentorship {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => Cadre })
  mentee: Cadre;

  /** The mentee's village. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** The mentor when they are a cadre on the platform. */
  @ManyToOne({ entity: () => Cadre, nullable: true, index: 'mentorship_mentor_idx' })
  mentorCadre: Cadre | null;

  @Property({ type: 'varchar', length: 50 })
  mentorName: string;

  @Property({ type: 'date' })
  since: string;

  @Property({ type: 'date', nullable: true })
  until: string | null = null;

  @Property({ type: 'varchar', length: 100 })
  assignedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(mentee: Cadre, mentorCadre: Cadre | null, mentorName: string, since: string, assignedBy: string) {
    this.mentee = mentee;
    this.regionCode = mentee.regionCode;
    this.mentorCadre = mentorCadre;
    this.mentorName = mentorName;
    this.since = since;
    this.assignedBy = assignedBy;
  }
}
