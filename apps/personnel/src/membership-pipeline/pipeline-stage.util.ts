import { DomainError } from '@grassroots/kernel';

// The membership pipeline 发展党员 (中国共产党发展党员工作细则, the "6 rules + 1 procedure"):
// 入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员, one stage at a time.
export type PipelineStage = 'APPLICANT' | 'ACTIVIST' | 'CANDIDATE' | 'PROBATIONARY' | 'FULL';

export const PIPELINE_STAGES: readonly PipelineStage[] = ['APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL'];

/** A branch general meeting's vote 支部大会表决, counted in full members with a vote. */
export type BranchVote = {
  /** 应到会有表决权的正式党员 */
  eligible: number;
  /** 实到 */
  present: number;
  inFavour: number;
  against: number;
};

export type PipelinePosition = { stage: PipelineStage; enteredAt: string };

export type PipelineStep = {
  to: PipelineStage;
  /** The date the step took effect (the committee's or the meeting's date). */
  on: string;
  /** 培养联系人 (ACTIVIST, optional) or 入党介绍人 (CANDIDATE onward, exactly two). */
  sponsorIds: readonly string[];
  vote: BranchVote | null;
};

/** Applicants must be 18 or older 年满十八岁 on the day they apply. */
export const MINIMUM_APPLICANT_AGE = 18;

// 细则 §13: an activist is trained for more than a year before becoming a candidate;
// 细则 §26: probation is one year. Other steps have no minimum.
const MINIMUM_YEARS_BEFORE: Readonly<Partial<Record<PipelineStage, number>>> = { CANDIDATE: 1, FULL: 1 };
const NEEDS_TWO_SPONSORS: ReadonlySet<PipelineStage> = new Set(['CANDIDATE', 'PROBATIONARY', 'FULL']);
const NEEDS_VOTE: ReadonlySet<PipelineStage> = new Set(['PROBATIONARY', 'FULL']);

export function stageOrdinal(stage: PipelineStage): number {
  return PIPELINE_STAGES.indexOf(stage) + 1;
}

/** The stage after `stage`, or null once a full member. */
export function nextPipelineStage(stage: PipelineStage): PipelineStage | null {
  return PIPELINE_STAGES[PIPELINE_STAGES.indexOf(stage) + 1] ?? null;
}

/** The same day `years` later; 29 February moves to 1 March (a full year has passed then). */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year + years, month - 1, day));
  return shifted.toISOString().slice(0, 10);
}

/** The earliest date the step after `position` may take effect. */
export function earliestNextStepDate(position: PipelinePosition): string {
  const next = nextPipelineStage(position.stage);
  const years = next ? (MINIMUM_YEARS_BEFORE[next] ?? 0) : 0;
  return addYears(position.enteredAt, years);
}

/** When the next step falls due; only probation has a deadline (its one year), null otherwise. */
export function pipelineDueDate(position: PipelinePosition): string | null {
  return position.stage === 'PROBATIONARY' ? addYears(position.enteredAt, 1) : null;
}

export function isPipelineOverdue(position: PipelinePosition, today: string): boolean {
  const due = pipelineDueDate(position);
  return due !== null && due < today;
}

/** Refuses (BAD_USER_INPUT) an applicant under 18 on the day they applied. */
export function checkApplicantAge(birthDate: string, appliedAt: string): void {
  const adultOn = addYears(birthDate, MINIMUM_APPLICANT_AGE);
  if (appliedAt < adultOn) {
    throw new DomainError('BAD_USER_INPUT', `an applicant must be ${MINIMUM_APPLICANT_AGE} when applying: born ${birthDate}, so not before ${adultOn}`, {
      field: 'appliedAt',
    });
  }
}

/**
 * Checks one step of the pipeline. CONFLICT for a step the rules do not allow now (a skipped,
 * repeated or backward stage, a minimum duration not yet served, a vote that did not pass);
 * BAD_USER_INPUT for a step described wrongly (sponsors, vote figures, a future date).
 */
export function checkPipelineStep(position: PipelinePosition, step: PipelineStep, today: string): void {
  const next = nextPipelineStage(position.stage);
  if (step.to !== next) {
    const allowed = next ? `the next stage is ${next}; stages cannot be skipped or repeated` : 'a full member has completed the pipeline';
    throw new DomainError('CONFLICT', `cannot move from ${position.stage} to ${step.to}: ${allowed}`, { stage: position.stage, to: step.to });
  }
  if (step.on > today) {
    throw new DomainError('BAD_USER_INPUT', `date ${step.on} is in the future: record a step once it has happened`, { field: 'date' });
  }
  const earliest = earliestNextStepDate(position);
  if (step.on < earliest) {
    const years = MINIMUM_YEARS_BEFORE[step.to];
    const rule = years ? `${step.to} needs ${years} year(s) as ${position.stage}` : `the step cannot precede entering ${position.stage}`;
    throw new DomainError('CONFLICT', `${step.to} on ${step.on} is too early: ${rule} (since ${position.enteredAt}), so not before ${earliest}`, {
      field: 'date',
      earliest,
    });
  }
  checkSponsors(step);
  checkVoteRequirement(step);
}

function checkSponsors(step: PipelineStep): void {
  const distinct = new Set(step.sponsorIds);
  if (distinct.size !== step.sponsorIds.length) {
    throw new DomainError('BAD_USER_INPUT', 'sponsorIds names the same member twice: give two different members', { field: 'sponsorIds' });
  }
  if (NEEDS_TWO_SPONSORS.has(step.to) && distinct.size !== 2) {
    throw new DomainError('BAD_USER_INPUT', `${step.to} needs exactly two sponsors 入党介绍人 (full party members), got ${distinct.size}`, {
      field: 'sponsorIds',
    });
  }
  if (!NEEDS_TWO_SPONSORS.has(step.to) && distinct.size > (step.to === 'ACTIVIST' ? 2 : 0)) {
    const allowed = step.to === 'ACTIVIST' ? 'at most two contacts 培养联系人' : 'no sponsors';
    throw new DomainError('BAD_USER_INPUT', `${step.to} takes ${allowed}, got ${distinct.size}`, { field: 'sponsorIds' });
  }
}

function checkVoteRequirement(step: PipelineStep): void {
  if (NEEDS_VOTE.has(step.to)) {
    if (!step.vote) {
      throw new DomainError('BAD_USER_INPUT', `${step.to} needs the branch general meeting's vote 支部大会表决`, { field: 'vote' });
    }
    checkBranchVote(step.vote);
  } else if (step.vote) {
    throw new DomainError('BAD_USER_INPUT', `${step.to} is decided by the branch committee without a general-meeting vote: leave vote out`, {
      field: 'vote',
    });
  }
}

/**
 * The figures must add up (BAD_USER_INPUT); more than half of the eligible members must attend
 * and more than half of the eligible members must vote in favour (CONFLICT otherwise).
 */
export function checkBranchVote(vote: BranchVote): void {
  const { eligible, present, inFavour, against } = vote;
  const counts = [eligible, present, inFavour, against];
  if (!counts.every((count) => Number.isInteger(count) && count >= 0) || eligible < 1) {
    throw new DomainError('BAD_USER_INPUT', 'vote figures must be whole numbers, with at least one eligible member', { field: 'vote' });
  }
  if (present > eligible || inFavour + against > present) {
    throw new DomainError('BAD_USER_INPUT', `vote figures do not add up: present ${present} ≤ eligible ${eligible} and in favour ${inFavour} + against ${against} ≤ present`, {
      field: 'vote',
    });
  }
  if (present * 2 <= eligible) {
    throw new DomainError('CONFLICT', `no quorum: ${present} of ${eligible} eligible members attended; more than half must`, { field: 'vote' });
  }
  if (inFavour * 2 <= eligible) {
    throw new DomainError('CONFLICT', `the vote did not pass: ${inFavour} of ${eligible} eligible members voted in favour; more than half must`, {
      field: 'vote',
    });
  }
}
