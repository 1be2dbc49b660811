import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { Cadre } from './cadre.entity';

// 提级谈话: a talk with a cadre held by a leader one level up (township or county).
@Entity({ tableName: 'escalated_talk' })
@Index({
  name: 'escalated_talk_region_prefix_idx',
  expression: 'create index "escalated_talk_region_prefix_idx" on "escalated_talk" ("region_code" varchar_pattern_ops, "id")',
})
export class EscalatedTalk {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => Cadre, index: 'escalated_talk_cadre_idx' })
  cadre: Cadre;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'date' })
  talkedOn: string;

  /** Name and post of the leader who held the talk. */
  @Property({ type: 'varchar', length: 100 })
  conductedBy: string;

  @Property({ type: 'text' })
  reason: string;

  @Property({ type: 'text', nullable: true })
  note: string | null;

  @Property({ type: 'varchar', length: 100 })
  recordedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(cadre: Cadre, talkedOn: string, conductedBy: string, reason: string, note: string | null, recordedBy: string) {
    this.cadre = cadre;
    this.regionCode = cadre.regionCode;
    this.talkedOn = talkedOn;
    this.conductedBy = conductedBy;
    this.reason = reason;
    this.note = note;
    this.recordedBy = recordedBy;
  }
}
