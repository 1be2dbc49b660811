import { DomainError } from '@grassroots/kernel';

// Village matters 村级事务 (DOMAIN §3): the amount decides which procedure the village must follow.
export type MatterTier = 'MAJOR' | 'GENERAL' | 'MINOR';

export const MATTER_TIERS: readonly MatterTier[] = ['MAJOR', 'GENERAL', 'MINOR'];

// Thresholds in fen: MAJOR from 20,000 yuan, GENERAL from 2,000 yuan, MINOR below that.
export const MAJOR_MATTER_FROM_FEN = 20_000 * 100;
export const GENERAL_MATTER_FROM_FEN = 2_000 * 100;

export type ProcedureStep =
  | 'PROPOSAL'
  | 'DISCUSSION'
  | 'REVIEW'
  | 'RESOLUTION'
  | 'RESOLUTION_PUBLIC'
  | 'RESULT_PUBLIC'
  | 'ENLARGED_MEETING_BEFORE'
  | 'ENLARGED_MEETING_AFTER'
  | 'TWO_COMMITTEE_CONFIRMATION';

export const PROCEDURE_STEPS: readonly ProcedureStep[] = [
  'PROPOSAL',
  'DISCUSSION',
  'REVIEW',
  'RESOLUTION',
  'RESOLUTION_PUBLIC',
  'RESULT_PUBLIC',
  'ENLARGED_MEETING_BEFORE',
  'ENLARGED_MEETING_AFTER',
  'TWO_COMMITTEE_CONFIRMATION',
];

// The order is the rule: steps may be neither skipped nor reordered.
const PROCEDURES: Readonly<Record<MatterTier, readonly ProcedureStep[]>> = {
  // 四议两公开
  MAJOR: ['PROPOSAL', 'DISCUSSION', 'REVIEW', 'RESOLUTION', 'RESOLUTION_PUBLIC', 'RESULT_PUBLIC'],
  GENERAL: ['ENLARGED_MEETING_BEFORE', 'ENLARGED_MEETING_AFTER'],
  MINOR: ['TWO_COMMITTEE_CONFIRMATION'],
};

function assertAmount(amountFen: number): void {
  if (!Number.isSafeInteger(amountFen) || amountFen < 0) {
    throw new DomainError('BAD_USER_INPUT', `amount must be a whole number of fen, 0 or more; got ${amountFen}`, { field: 'amount' });
  }
}

/** The tier of a matter by its amount in fen: MAJOR ≥ 20,000 yuan, GENERAL ≥ 2,000 yuan, else MINOR. */
export function matterTierOf(amountFen: number): MatterTier {
  assertAmount(amountFen);
  if (amountFen >= MAJOR_MATTER_FROM_FEN) return 'MAJOR';
  if (amountFen >= GENERAL_MATTER_FROM_FEN) return 'GENERAL';
  return 'MINOR';
}

/** The steps a matter of this tier must pass, in order. */
export function procedureOf(tier: MatterTier): ProcedureStep[] {
  return [...PROCEDURES[tier]];
}

/** The amounts (fen) of a tier as a half-open range, for filtering in the database. */
export function amountRangeOf(tier: MatterTier): { from: number; below: number | null } {
  switch (tier) {
    case 'MAJOR':
      return { from: MAJOR_MATTER_FROM_FEN, below: null };
    case 'GENERAL':
      return { from: GENERAL_MATTER_FROM_FEN, below: MAJOR_MATTER_FROM_FEN };
    case 'MINOR':
      return { from: 0, below: GENERAL_MATTER_FROM_FEN };
  }
}
