import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';
import { PipelinePerson } from './pipeline-person.entity';
import { type BranchVote, type PipelineStage, stageOrdinal } from './pipeline-stage.util';

// One step of the pipeline as it happened: the stage, its date, sponsors and the branch vote.
@Entity({ tableName: 'pipeline_stage' })
@Index({
  name: 'pipeline_stage_region_prefix_idx',
  expression: 'create index "pipeline_stage_region_prefix_idx" on "pipeline_stage" ("region_code" varchar_pattern_ops, "id")',
})
@Unique({ name: 'pipeline_stage_person_stage_unique', properties: ['person', 'stage'] })
export class PipelineStageRecord {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => PipelinePerson })
  person: PipelinePerson;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'uuid' })
  branchId: string;

  @Property({ type: 'varchar', length: 16, nullable: true })
  fromStage: PipelineStage | null;

  @Property({ type: 'varchar', length: 16 })
  stage: PipelineStage;

  /** 1 (APPLICANT) to 5 (FULL): the order of the steps. */
  @Property({ type: 'smallint' })
  ordinal: number;

  @Property({ type: 'date' })
  enteredAt: string;

  @Property({ type: 'uuid', nullable: true })
  firstSponsorId: string | null;

  @Property({ type: 'uuid', nullable: true })
  secondSponsorId: string | null;

  @Property({ type: 'smallint', nullable: true })
  voteEligible: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  votePresent: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  voteInFavour: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  voteAgainst: number | null = null;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Property({ type: 'varchar', length: 100 })
  recordedBy: string;

  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  constructor(
    person: PipelinePerson,
    step: { from: PipelineStage | null; to: PipelineStage; on: string; sponsorIds: readonly string[]; vote: BranchVote | null; note: string | null },
    recordedBy: string,
  ) {
    this.person = person;
    this.regionCode = person.regionCode;
    this.branchId = person.branchId;
    this.fromStage = step.from;
    this.stage = step.to;
    this.ordinal = stageOrdinal(step.to);
    this.enteredAt = step.on;
    this.firstSponsorId = step.sponsorIds[0] ?? null;
    this.secondSponsorId = step.sponsorIds[1] ?? null;
    if (step.vote) {
      this.voteEligible = step.vote.eligible;
      this.votePresent = step.vote.present;
      this.voteInFavour = step.vote.inFavour;
      this.voteAgainst = step.vote.against;
    }
    this.note = step.note;
    this.recordedBy = recordedBy;
  }
}
