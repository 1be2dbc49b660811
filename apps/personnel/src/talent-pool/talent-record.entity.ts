import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type TalentKind } from './talent-pool.rules';

// Someone in a village's talent pool: a reserve cadre 村级后备人才, a rural elite 乡贤 or a
// volunteer 志愿者; who, where and since when.
@Entity({ tableName: 'talent_record' })
@Index({
  name: 'talent_record_region_prefix_idx',
  expression: 'create index "talent_record_region_prefix_idx" on "talent_record" ("region_code" varchar_pattern_ops, "id")',
})
export class TalentRecord {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'varchar', length: 12 })
  kind: TalentKind;

  @Property({ type: 'varchar', length: 50 })
  name: string;

  /** The township, village or village group the person belongs to. */
  @Property({ type: 'varchar', length: 15 })
  regionCode: string;

  @Property({ type: 'date' })
  since: string;

  /** The last day; null while current. */
  @Property({ type: 'date', nullable: true })
  until: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'varchar', length: 100 })
  recordedBy: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  constructor(kind: TalentKind, name: string, regionCode: string, since: string, recordedBy: string) {
    this.kind = kind;
    this.name = name;
    this.regionCode = regionCode;
    this.since = since;
    this.recordedBy = recordedBy;
  }
}

// The end of a record as a row: who ended it, when, and why.
@Entity({ tableName: 'talent_record_change' })
@Index({
  name: 'talent_record_change_region_prefix_idx',
  expression: 'create index "talent_record_change_region_prefix_idx" on "talent_record_change" ("region_code" varchar_pattern_ops, "id")',
})
export class TalentRecordChange {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => TalentRecord, index: 'talent_record_change_record_idx' })
  record: TalentRecord;

  @Property({ type: 'varchar', length: 15 })
  regionCode: string;

  @Property({ type: 'date', nullable: true })
  fromUntil: string | null;

  @Property({ type: 'date' })
  toUntil: string;

  @Property({ type: 'varchar', length: 100 })
  changedBy: string;

  @Property({ type: 'datetime' })
  changedAt: Opt<Date> = new Date();

  @Property({ type: 'text', nullable: true })
  note: string | null;

  constructor(record: TalentRecord, fromUntil: string | null, toUntil: string, changedBy: string, note: string | null) {
    this.record = record;
    this.regionCode = record.regionCode;
    this.fromUntil = fromUntil;
    this.toUntil = toUntil;
    this.changedBy = changedBy;
    this.note = note;
  }
}
