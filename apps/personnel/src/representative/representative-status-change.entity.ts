import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type RepresentativeStatus } from './representative-status.util';
import { VillageRepresentative } from './village-representative.entity';

// Each change of a representative's standing, as filed 备案: election (from null), replacement
// 撤换 and resignation 辞职, with who recorded it, when, and the county filing date.
@Entity({ tableName: 'representative_status_change' })
@Index({
  name: 'representative_status_change_region_prefix_idx',
  expression: 'create index "representative_status_change_region_prefix_idx" on "representative_status_change" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'representative_status_change_representative_idx', properties: ['representative', 'changedAt'] })
export class RepresentativeStatusChange {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => VillageRepresentative, deleteRule: 'restrict' })
  representative: VillageRepresentative;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** Null when the row records the election. */
  @Property({ type: 'varchar', length: 12, nullable: true })
  fromStatus: RepresentativeStatus | null;

  @Property({ type: 'varchar', length: 12 })
  toStatus: RepresentativeStatus;

  /** The day the change took effect: election day or last day served. */
  @Property({ type: 'date' })
  effectiveOn: string;

  @Property({ type: 'varchar', length: 200 })
  reason: string;

  /** When filed with the county; null for an ordinary election. */
  @Property({ type: 'date', nullable: true })
  filedWithCountyOn: string | null;

  /** The other side of a replacement: the outgoing or the incoming representative. */
  @Property({ type: 'uuid', nullable: true })
  counterpartId: string | null = null;

  @Property({ type: 'varchar', length: 200 })
  changedBy: string;

  @Property({ type: 'datetime' })
  changedAt: Opt<Date> = new Date();

  constructor(
    representative: VillageRepresentative,
    change: { from: RepresentativeStatus | null; to: RepresentativeStatus; effectiveOn: string; reason: string; filedWithCountyOn: string | null },
    changedBy: string,
  ) {
    this.representative = representative;
    this.regionCode = representative.regionCode;
    this.fromStatus = change.from;
    this.toStatus = change.to;
    this.effectiveOn = change.effectiveOn;
    this.reason = change.reason;
    this.filedWithCountyOn = change.filedWithCountyOn;
    this.changedBy = changedBy;
  }
}
