import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';

export type SensitiveField = 'ID_NUMBER' | 'PHONE';
/** What a sensitive_read row records: a field shown unmasked, or ID_LOOKUP (a person found from an ID number). */
export type SensitiveReadField = SensitiveField | 'ID_LOOKUP';
export type SensitiveSubject = 'PARTY_MEMBER' | 'PIPELINE_PERSON';

// One unmasked read of a personal field: who saw which person's what, and when (等保 audit trail).
// Written in bulk, one statement per request; never updated.
@Entity({ tableName: 'sensitive_read' })
@Index({
  name: 'sensitive_read_region_prefix_idx',
  expression: 'create index "sensitive_read_region_prefix_idx" on "sensitive_read" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'sensitive_read_subject_idx', properties: ['subjectId', 'readAt'] })
export class SensitiveRead {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  /** The person's village at the time of the read. */
  @Property({ type: 'varchar', length: 12 })
  regionCode!: string;

  @Property({ type: 'varchar', length: 100 })
  readerSubject!: string;

  @Property({ type: 'varchar', length: 200 })
  readerRoles!: string;

  @Property({ type: 'varchar', length: 16 })
  subjectType!: SensitiveSubject;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'varchar', length: 16 })
  field!: SensitiveReadField;

  @Property({ type: 'datetime' })
  readAt!: Date;
}
