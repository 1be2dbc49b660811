import { Entity, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { type LinkPersonKind, type LinkRole } from './link-role';

// A person who links households. The id is the person's record in personnel (their party-member
// id when they are a member, else their cadre or representative id), or the row's own id for a
// grid worker known by name only. The row is what a new link locks, so two concurrent links of
// one person cannot both take the last place.
@Entity({ tableName: 'household_link_person' })
@Index({
  name: 'household_link_person_region_prefix_idx',
  expression: 'create index "household_link_person_region_prefix_idx" on "household_link_person" ("region_code" varchar_pattern_ops, "id")',
})
// A grid worker is known by village and name: one row each, even when first linked twice at once.
@Unique({
  name: 'household_link_person_grid_worker_unique',
  expression:
    'create unique index "household_link_person_grid_worker_unique" on "household_link_person" ("region_code", "name") where "kind" = \'GRID_WORKER\'',
})
export class LinkPerson {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'varchar', length: 16 })
  kind: LinkPersonKind;

  /** The village whose households the person links: their record's village at their latest link. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** As in their record at their latest link. */
  @Property({ type: 'varchar', length: 50 })
  name: string;

  /** The role their records gave at their latest link (it sets the quota of that link). */
  @Property({ type: 'varchar', length: 24 })
  linkRole: LinkRole;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(id: string, kind: LinkPersonKind, regionCode: string, name: string, linkRole: LinkRole) {
    this.id = id;
    this.kind = kind;
    this.regionCode = regionCode;
    this.name = name;
    this.linkRole = linkRole;
  }
}
