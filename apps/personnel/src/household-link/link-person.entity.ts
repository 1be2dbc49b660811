import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { type LinkRole } from './link-role';

// A person who links households, with their one link role. The id is the person's id from
// wherever they are kept (party member, cadre, representative, grid worker); the row is what a
// new link locks, so two concurrent links of one person cannot both take the last place.
@Entity({ tableName: 'household_link_person' })
@Index({
  name: 'household_link_person_region_prefix_idx',
  expression: 'create index "household_link_person_region_prefix_idx" on "household_link_person" ("region_code" varchar_pattern_ops, "id")',
})
export class LinkPerson {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  /** The village whose households the person links. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 50 })
  name: string;

  @Property({ type: 'varchar', length: 24 })
  linkRole: LinkRole;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(id: string, regionCode: string, name: string, linkRole: LinkRole) {
    this.id = id;
    this.regionCode = regionCode;
    this.name = name;
    this.linkRole = linkRole;
  }
}
