import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type DispatchedRole, type VillageType } from './dispatched-cadre-vocabulary';

// A cadre sent to a village by a county department: a first secretary 第一书记 or a member of
// the village work team 驻村工作队. The village's type is recorded with each assignment as the
// sending department saw it then; the village's types over time are in village_type_period.
@Entity({ tableName: 'dispatched_cadre' })
@Index({
  name: 'dispatched_cadre_region_prefix_idx',
  expression: 'create index "dispatched_cadre_region_prefix_idx" on "dispatched_cadre" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'dispatched_cadre_village_start_idx', properties: ['regionCode', 'startDate'] })
export class DispatchedCadre {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'varchar', length: 50 })
  name: string;

  @Property({ type: 'varchar', length: 20 })
  role: DispatchedRole;

  /** 派出单位: the department that sent the cadre. */
  @Property({ type: 'varchar', length: 100 })
  sendingUnit: string;

  /** The village 村(社区) served. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 20 })
  villageType: VillageType;

  @Property({ type: 'date' })
  startDate: string;

  /** The last day; null while open-ended. */
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Property({ type: 'varchar', length: 100 })
  recordedBy: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(name: string, role: DispatchedRole, sendingUnit: string, regionCode: string, villageType: VillageType, startDate: string, recordedBy: string) {
    this.name = name;
    this.role = role;
    this.sendingUnit = sendingUnit;
    this.regionCode = regionCode;
    this.villageType = villageType;
    this.startDate = startDate;
    this.recordedBy = recordedBy;
  }
}

// Each end (or change of the planned end) of an assignment, as a row: who, when, from, to, why.
@Entity({ tableName: 'dispatched_cadre_change' })
@Index({
  name: 'dispatched_cadre_change_region_prefix_idx',
  expression: 'create index "dispatched_cadre_change_region_prefix_idx" on "dispatched_cadre_change" ("region_code" varchar_pattern_ops, "id")',
})
export class DispatchedCadreChange {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => DispatchedCadre, index: 'dispatched_cadre_change_assignment_idx' })
  assignment: DispatchedCadre;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'date', nullable: true })
  fromEndDate: string | null;

  @Property({ type: 'date' })
  toEndDate: string;

  @Property({ type: 'varchar', length: 100 })
  changedBy: string;

  @Property({ type: 'datetime' })
  changedAt: Opt<Date> = new Date();

  @Property({ type: 'text', nullable: true })
  note: string | null;

  constructor(assignment: DispatchedCadre, fromEndDate: string | null, toEndDate: string, changedBy: string, note: string | null) {
    this.assignment = assignment;
    this.regionCode = assignment.regionCode;
    this.fromEndDate = fromEndDate;
    this.toEndDate = toEndDate;
    this.changedBy = changedBy;
    this.note = note;
  }
}
