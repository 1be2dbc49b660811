import { Entity, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type VillageType } from './village-type-vocabulary';

// A village's type 村类型 over a period: reference data kept per village, whether or not anyone
// was ever sent there. A change never edits a period away: the current one gets its end (set
// once, with who ended it) and a new one starts, so the rows are the history. A village may hold
// several types at once, one open period per type.
@Entity({ tableName: 'village_type_period' })
@Index({
  name: 'village_type_period_region_prefix_idx',
  expression: 'create index "village_type_period_region_prefix_idx" on "village_type_period" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'village_type_period_type_idx', properties: ['villageType', 'regionCode'] })
@Unique({
  name: 'village_type_period_open_uq',
  expression: 'create unique index "village_type_period_open_uq" on "village_type_period" ("region_code", "village_type") where "until" is null',
})
export class VillageTypePeriod {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  /** The village 村(社区). */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 20 })
  villageType: VillageType;

  /** The first day of the type. */
  @Property({ type: 'date' })
  since: string;

  /** The first day the village no longer has the type; null while it has it. */
  @Property({ type: 'date', nullable: true })
  until: string | null = null;

  /** The caller's subject, or `organization` for a type set by organization's events. */
  @Property({ type: 'varchar', length: 100 })
  setBy: string;

  /** Organization's weak-organization case 软弱涣散整顿 that set a WEAK_ORGANIZATION type. */
  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'varchar', length: 100, nullable: true })
  endedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  endNote: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(regionCode: string, villageType: VillageType, since: string, setBy: string) {
    this.regionCode = regionCode;
    this.villageType = villageType;
    this.since = since;
    this.setBy = setBy;
  }
}
