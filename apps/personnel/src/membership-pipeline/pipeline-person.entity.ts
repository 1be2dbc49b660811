import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { type Gender } from '../party-member/id-number.util';
import { type PipelineStage } from './pipeline-stage.util';

// A person on the way to membership 发展党员: the current stage and its date; every step is also a
// row of pipeline_stage. The ID number is sealed and hashed like a member's.
@Entity({ tableName: 'pipeline_person' })
@Index({
  name: 'pipeline_person_region_prefix_idx',
  expression: 'create index "pipeline_person_region_prefix_idx" on "pipeline_person" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'pipeline_person_branch_idx', properties: ['branchId', 'stage', 'name', 'id'] })
@Index({ name: 'pipeline_person_due_idx', properties: ['dueAt', 'id'] })
@Index({
  name: 'pipeline_person_open_id_number_unique',
  expression: `create unique index "pipeline_person_open_id_number_unique" on "pipeline_person" ("id_number_hash") where "stage" <> 'FULL'`,
})
export class PipelinePerson {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @Property({ type: 'varchar', length: 50 })
  name: string;

  @Property({ type: 'varchar', length: 8 })
  gender: Gender;

  @Property({ type: 'date' })
  birthDate: string;

  @Property({ type: 'text' })
  idNumberSealed: string;

  @Property({ type: 'varchar', length: 64 })
  idNumberHash: string;

  /** The village 村(社区) of the branch. */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** The branch 党支部 that develops the person (a PartyOrganization id). */
  @Property({ type: 'uuid' })
  branchId: string;

  @Property({ type: 'boolean', default: true })
  inVillage: Opt<boolean> = true;

  @Property({ type: 'date' })
  appliedAt: string;

  @Property({ type: 'varchar', length: 16 })
  stage: Opt<PipelineStage> = 'APPLICANT';

  @Property({ type: 'date' })
  stageEnteredAt: string;

  /** When the next step falls due (probation's one year); null when no deadline runs. */
  @Property({ type: 'date', nullable: true })
  dueAt: string | null = null;

  /** Contacts 培养联系人 (activist) or sponsors 入党介绍人 (candidate onward). */
  @Property({ type: 'uuid', nullable: true })
  firstSponsorId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  secondSponsorId: string | null = null;

  /** The party member created when the person was admitted as probationary. */
  @Property({ type: 'uuid', nullable: true })
  memberId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(
    name: string,
    personal: { gender: Gender; birthDate: string; idNumberSealed: string; idNumberHash: string },
    regionCode: string,
    branchId: string,
    appliedAt: string,
  ) {
    this.name = name;
    this.gender = personal.gender;
    this.birthDate = personal.birthDate;
    this.idNumberSealed = personal.idNumberSealed;
    this.idNumberHash = personal.idNumberHash;
    this.regionCode = regionCode;
    this.branchId = branchId;
    this.appliedAt = appliedAt;
    this.stageEnteredAt = appliedAt;
  }
}
