import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type GridRole } from './grid-roles.util';
import { Grid } from './grid.entity';

// A person holding a role in a basic grid: 网格长, 网格指导员 or 网格员. Ending a role keeps
// the row (who ended it, when, why); active means not ended.
@Entity({ tableName: 'grid_role_assignment' })
@Index({
  name: 'grid_role_assignment_region_prefix_idx',
  expression: 'create index "grid_role_assignment_region_prefix_idx" on "grid_role_assignment" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'grid_role_assignment_grid_idx', properties: ['grid', 'assignedAt'] })
// The database's own guard on the role counts (1 chief, 2 instructor seats, 1 worker) and on
// one role per person per grid, behind the service's row lock on the grid.
@Unique({
  name: 'grid_role_assignment_active_seat_unique',
  expression:
    'create unique index "grid_role_assignment_active_seat_unique" on "grid_role_assignment" ("grid_id", "role", "seat") where "ended_at" is null',
})
@Unique({
  name: 'grid_role_assignment_active_person_unique',
  expression:
    'create unique index "grid_role_assignment_active_person_unique" on "grid_role_assignment" ("grid_id", "person_id") where "ended_at" is null',
})
export class GridRoleAssignment {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => Grid, deleteRule: 'restrict' })
  grid: Grid;

  /** The grid's village code (copied so the region scope applies). */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** The person's id in the personnel subgraph (not checked here). */
  @Property({ type: 'uuid' })
  personId: string;

  @Property({ type: 'varchar', length: 50 })
  personName: string;

  @Property({ type: 'varchar', length: 12 })
  role: GridRole;

  /** Seat of the role: 1, or 1–2 for the two instructors. */
  @Property({ type: 'smallint' })
  seat: number;

  @Property({ type: 'date' })
  assignedAt: string;

  @Property({ type: 'varchar', length: 200 })
  assignedBy: string;

  @Property({ type: 'date', nullable: true })
  endedAt: string | null = null;

  @Property({ type: 'varchar', length: 200, nullable: true })
  endedBy: string | null = null;

  @Property({ type: 'varchar', length: 200, nullable: true })
  endReason: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  constructor(grid: Grid, personId: string, personName: string, role: GridRole, seat: number, assignedAt: string, assignedBy: string) {
    this.grid = grid;
    this.regionCode = grid.regionCode;
    this.personId = personId;
    this.personName = personName;
    this.role = role;
    this.seat = seat;
    this.assignedAt = assignedAt;
    this.assignedBy = assignedBy;
  }
}
