import { BigIntType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type MatterCategory } from './matter-category.util';

// A village matter 村级事务 put to the village's decision procedure. The tier and its procedure
// are derived from the amount, so only the amount is stored.
@Entity({ tableName: 'village_matter' })
@Index({
  name: 'village_matter_region_prefix_idx',
  expression: 'create index "village_matter_region_prefix_idx" on "village_matter" ("region_code" varchar_pattern_ops, "id")',
})
export class VillageMatter {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  /** The village 村(社区) deciding the matter. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 200 })
  title: string;

  @Property({ type: 'varchar', length: 20 })
  category: MatterCategory;

  /** Integer fen 分; bigint because one matter may exceed the 21 million yuan an int4 holds. */
  @Property({ type: new BigIntType('number') })
  amount: number;

  @Property({ type: 'date' })
  proposedAt: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  constructor(regionCode: string, title: string, category: MatterCategory, amount: number, proposedAt: string) {
    this.regionCode = regionCode;
    this.title = title;
    this.category = category;
    this.amount = amount;
    this.proposedAt = proposedAt;
  }
}
