import { maskedBirthDate, maskedText, maskName } from '../shared/personal-data';
import { PipelinePersonObject, PipelineStepObject } from './membership-pipeline.object';
import { type PipelinePerson } from './pipeline-person.entity';
import { type PipelineStageRecord } from './pipeline-stage-record.entity';

// `masked` for an analyst: the name as 张**, no birth date, notes as *** (the ID number masks itself).

export function toPipelinePersonObject(person: PipelinePerson, masked: boolean): PipelinePersonObject {
  return Object.assign(new PipelinePersonObject(), {
    id: person.id,
    name: masked ? maskName(person.name) : person.name,
    gender: person.gender,
    birthDate: maskedBirthDate(person.birthDate, masked),
    region: { code: person.regionCode },
    branchId: person.branchId,
    branch: { id: person.branchId },
    inVillage: person.inVillage,
    appliedAt: person.appliedAt,
    stage: person.stage,
    stageEnteredAt: person.stageEnteredAt,
    dueAt: person.dueAt,
    firstSponsorId: person.firstSponsorId,
    secondSponsorId: person.secondSponsorId,
    memberId: person.memberId,
    sealedIdNumber: { field: 'ID_NUMBER', subjectType: 'PIPELINE_PERSON', subjectId: person.id, regionCode: person.regionCode, sealed: person.idNumberSealed },
  });
}

export function toPipelineStepObject(row: PipelineStageRecord, masked: boolean): PipelineStepObject {
  const vote =
    row.voteEligible === null
      ? null
      : {
          eligible: row.voteEligible,
          present: row.votePresent!,
          inFavour: row.voteInFavour!,
          against: row.voteAgainst!,
          abstained: row.votePresent! - row.voteInFavour! - row.voteAgainst!,
        };
  return Object.assign(new PipelineStepObject(), {
    id: row.id,
    fromStage: row.fromStage,
    stage: row.stage,
    enteredAt: row.enteredAt,
    firstSponsorId: row.firstSponsorId,
    secondSponsorId: row.secondSponsorId,
    vote,
    note: maskedText(row.note, masked),
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  });
}
