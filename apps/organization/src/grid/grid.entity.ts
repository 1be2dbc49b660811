import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type GridDepartment } from './grid-department';
import { type GridLevel } from './grid-level.util';

// A grid 网格 of the four-level tree 镇街 → 工作区 → 村居 → 基础网格. The first two levels are
// recorded on their township's code, the last two on their village's, so the region scope
// applies to grids like to any other row.
@Entity({ tableName: 'grid' })
@Index({ name: 'grid_region_prefix_idx', expression: 'create index "grid_region_prefix_idx" on "grid" ("region_code" varchar_pattern_ops, "id")' })
// One 镇街 grid per township and one 村居 grid per village: the region is the grid at those levels.
@Unique({
  name: 'grid_township_region_unique',
  expression: `create unique index "grid_township_region_unique" on "grid" ("region_code") where "level" = 'TOWNSHIP'`,
})
@Unique({
  name: 'grid_village_region_unique',
  expression: `create unique index "grid_village_region_unique" on "grid" ("region_code") where "level" = 'VILLAGE'`,
})
@Unique({ name: 'grid_parent_name_unique', properties: ['parent', 'name'] })
export class Grid {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'varchar', length: 60 })
  name: string;

  @Property({ type: 'varchar', length: 12 })
  level: GridLevel;

  /** The grid one level up; null only for a township grid. */
  @ManyToOne({ entity: () => Grid, nullable: true, deleteRule: 'restrict' })
  parent: Grid | null;

  /** Township code for 镇街 and 工作区 grids, village code for 村居 and 基础网格 grids. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** 多网合一: codes of the departments whose matters the grid carries, in canonical order. */
  @Property({ type: 'text[]', default: '{}' })
  departments: Opt<GridDepartment[]> = [];

  /** Households covered 覆盖户数, when known. */
  @Property({ type: 'integer', nullable: true })
  households: number | null = null;

  // Active role holders of a basic grid, kept under a row lock with each assignment so that
  // "basic grids missing roles" is a plain indexed filter.
  @Property({ type: 'smallint', default: 0 })
  chiefCount: Opt<number> = 0;

  @Property({ type: 'smallint', default: 0 })
  instructorCount: Opt<number> = 0;

  @Property({ type: 'smallint', default: 0 })
  workerCount: Opt<number> = 0;

  @Property({ type: 'varchar', length: 200 })
  createdBy: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(name: string, level: GridLevel, parent: Grid | null, regionCode: string, createdBy: string) {
    this.name = name;
    this.level = level;
    this.parent = parent;
    this.regionCode = regionCode;
    this.createdBy = createdBy;
  }
}
