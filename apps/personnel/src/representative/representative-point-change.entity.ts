import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { pointsYearOf } from './representative-points.util';
import { VillageRepresentative } from './village-representative.entity';

// One deduction or bonus 扣分/加分 of a representative, never changed afterwards.
@Entity({ tableName: 'representative_point_change' })
@Index({
  name: 'representative_point_change_region_prefix_idx',
  expression: 'create index "representative_point_change_region_prefix_idx" on "representative_point_change" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'representative_point_change_year_idx', properties: ['representative', 'year'] })
export class RepresentativePointChange {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => VillageRepresentative, deleteRule: 'restrict' })
  representative: VillageRepresentative;

  /** The representative's village (copied so the region scope applies). */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** The calendar year the change counts in: the year of `occurredOn`. */
  @Property({ type: 'smallint' })
  year: number;

  /** A code of POINT_ITEMS. */
  @Property({ type: 'varchar', length: 40 })
  itemCode: string;

  /** Negative for a deduction, positive for a bonus. */
  @Property({ type: 'smallint' })
  points: number;

  @Property({ type: 'varchar', length: 200 })
  reason: string;

  @Property({ type: 'date' })
  occurredOn: string;

  @Property({ type: 'varchar', length: 200 })
  recordedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(representative: VillageRepresentative, itemCode: string, points: number, reason: string, occurredOn: string, recordedBy: string) {
    this.representative = representative;
    this.regionCode = representative.regionCode;
    this.year = pointsYearOf(occurredOn);
    this.itemCode = itemCode;
    this.points = points;
    this.reason = reason;
    this.occurredOn = occurredOn;
    this.recordedBy = recordedBy;
  }
}
