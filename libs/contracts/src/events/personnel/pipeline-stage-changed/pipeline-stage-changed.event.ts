import { domainTopic } from '../../../topics/topic-registry';
import { defineEvent } from '../../define-event';

/** A person moved one stage along the membership pipeline 发展党员. */
export type PipelineStageChangedV1 = {
  /** The person in the membership pipeline 发展党员. */
  personId: string;
  /** The village: also the envelope subject. */
  regionCode: string;
  branchId: string | null;
  /** APPLICANT, ACTIVIST, CANDIDATE, PROBATIONARY or FULL; null when entering the pipeline. */
  fromStage: string | null;
  toStage: string;
  /** ISO 8601 date. */
  changedAt: string;
};

export const pipelineStageChanged = defineEvent<PipelineStageChangedV1>({
  name: 'personnel.pipeline.stage-changed',
  version: 1,
  topic: domainTopic('personnel'),
  source: 'personnel',
});
