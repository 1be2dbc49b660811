import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { type RegionLevel } from '@grassroots/kernel';

export type Settlement = 'RURAL' | 'URBAN';

// The region tree 行政区划 from the national statistical division codes. Codes are stored in
// their canonical length (2, 4, 6, 9, 12 digits) so a prefix LIKE selects a whole subtree.
@Entity({ tableName: 'region' })
@Index({ name: 'region_code_prefix_idx', expression: 'create index "region_code_prefix_idx" on "region" ("code" varchar_pattern_ops)' })
@Index({ name: 'region_parent_code_idx', properties: ['parentCode', 'code'] })
export class Region {
  @PrimaryKey({ type: 'varchar', length: 15 })
  code: string;

  /** Official name, e.g. 堰头垸村村民委员会. */
  @Property({ type: 'varchar', length: 120 })
  name: string;

  /** Name without the committee suffix, e.g. 堰头垸村. */
  @Property({ type: 'varchar', length: 80 })
  shortName: string;

  @Property({ type: 'varchar', length: 16 })
  level: RegionLevel;

  @Property({ type: 'varchar', length: 15, nullable: true })
  parentCode: string | null;

  /** Village level only: rural village 村 or urban community 社区. */
  @Property({ type: 'varchar', length: 8, nullable: true })
  settlement: Settlement | null;

  /** Residents 人口 (generated for the demo: the division codes carry no population). */
  @Property({ type: 'integer', nullable: true })
  population: number | null = null;

  /** Households 户数. */
  @Property({ type: 'integer', nullable: true })
  households: number | null = null;

  /** Party members registered in this village, kept current from personnel's events. */
  @Property({ type: 'integer', default: 0 })
  partyMemberCount: Opt<number> = 0;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(code: string, name: string, shortName: string, level: RegionLevel, parentCode: string | null, settlement: Settlement | null) {
    this.code = code;
    this.name = name;
    this.shortName = shortName;
    this.level = level;
    this.parentCode = parentCode;
    this.settlement = settlement;
  }
}
