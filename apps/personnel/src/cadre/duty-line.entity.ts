import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { Cadre } from './cadre.entity';

// 精准履职考核: a village's work line (party building, collective economy, safety ...), owned
// by one cadre. Owner changes are rows in duty_line_assignment.
@Entity({ tableName: 'duty_line' })
@Index({
  name: 'duty_line_region_prefix_idx',
  expression: 'create index "duty_line_region_prefix_idx" on "duty_line" ("region_code" varchar_pattern_ops, "id")',
})
@Unique({ name: 'duty_line_village_name_uq', properties: ['regionCode', 'name'] })
export class DutyLine {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 50 })
  name: string;

  @ManyToOne({ entity: () => Cadre, index: 'duty_line_owner_idx' })
  owner: Cadre;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(regionCode: string, name: string, owner: Cadre) {
    this.regionCode = regionCode;
    this.name = name;
    this.owner = owner;
  }
}

@Entity({ tableName: 'duty_line_assignment' })
@Index({
  name: 'duty_line_assignment_region_prefix_idx',
  expression: 'create index "duty_line_assignment_region_prefix_idx" on "duty_line_assignment" ("region_code" varchar_pattern_ops, "id")',
})
export class DutyLineAssignment {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => DutyLine, index: 'duty_line_assignment_line_idx' })
  line: DutyLine;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** Null when the line was created. */
  @ManyToOne({ entity: () => Cadre, nullable: true })
  fromOwner: Cadre | null;

  @ManyToOne({ entity: () => Cadre })
  toOwner: Cadre;

  @Property({ type: 'varchar', length: 100 })
  assignedBy: string;

  @Property({ type: 'datetime' })
  assignedAt: Opt<Date> = new Date();

  constructor(line: DutyLine, fromOwner: Cadre | null, toOwner: Cadre, assignedBy: string) {
    this.line = line;
    this.regionCode = line.regionCode;
    this.fromOwner = fromOwner;
    this.toOwner = toOwner;
    this.assignedBy = assignedBy;
  }
}
