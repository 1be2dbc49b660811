import { BigIntType, Entity, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';

// A village's collective operating income 村集体经营性收入 for one year; one row per village and
// year, changed only by correction. The income class is derived from the amount, so not stored.
@Entity({ tableName: 'collective_income' })
@Index({
  name: 'collective_income_region_prefix_idx',
  expression: 'create index "collective_income_region_prefix_idx" on "collective_income" ("region_code" varchar_pattern_ops, "id")',
})
@Unique({ name: 'collective_income_region_year_unique', properties: ['regionCode', 'year'] })
export class CollectiveIncome {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  /** The village 村(社区) whose collective earned the income. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'smallint' })
  year: number;

  /** Integer fen 分; bigint because a strong village's income may exceed what an int4 holds. */
  @Property({ type: new BigIntType('number') })
  amount: number;

  @Property({ type: 'date' })
  recordedAt: string;

  @Property({ type: 'date', nullable: true })
  correctedAt: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(regionCode: string, year: number, amount: number, recordedAt: string) {
    this.regionCode = regionCode;
    this.year = year;
    this.amount = amount;
    this.recordedAt = recordedAt;
  }
}
