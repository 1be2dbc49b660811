import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type AuditKind } from './audit-kind';
import { type AuditStatus } from './audit-status.util';

// An economic-responsibility audit of a village cadre 村干部经济责任审计. The cycle is derived
// from the scheduled date, so it is not stored.
@Entity({ tableName: 'audit' })
@Index({
  name: 'audit_region_prefix_idx',
  expression: 'create index "audit_region_prefix_idx" on "audit" ("region_code" varchar_pattern_ops, "id")',
})
export class Audit {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  /** The village 村(社区) whose cadre is audited. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'varchar', length: 50 })
  cadreName: string;

  /** The cadre's id in the personnel subgraph, when known. */
  @Property({ type: 'uuid', nullable: true })
  cadreId: string | null;

  @Property({ type: 'varchar', length: 12 })
  kind: AuditKind;

  @Property({ type: 'varchar', length: 12, default: 'SCHEDULED' })
  status: Opt<AuditStatus> = 'SCHEDULED';

  @Property({ type: 'date' })
  scheduledFor: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(regionCode: string, cadreName: string, cadreId: string | null, kind: AuditKind, scheduledFor: string) {
    this.regionCode = regionCode;
    this.cadreName = cadreName;
    this.cadreId = cadreId;
    this.kind = kind;
    this.scheduledFor = scheduledFor;
  }
}
