import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';

// A household 农户 that party members and cadres link to 联户.
@Entity({ tableName: 'household' })
@Index({
  name: 'household_region_prefix_idx',
  expression: 'create index "household_region_prefix_idx" on "household" ("region_code" varchar_pattern_ops, "id")',
})
export class Household {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  /** The village (12 digits) or village group 村民小组 (15 digits) the household lives in. */
  @Property({ type: 'varchar', length: 15 })
  regionCode: string;

  /** Head of household 户主. */
  @Property({ type: 'varchar', length: 50 })
  headName: string;

  @Property({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Property({ type: 'varchar', length: 200 })
  createdBy: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  constructor(regionCode: string, headName: string, address: string | null, createdBy: string) {
    this.regionCode = regionCode;
    this.headName = headName;
    this.address = address;
    this.createdBy = createdBy;
  }
}
