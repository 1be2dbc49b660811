import { DomainError } from '@grassroots/kernel';
import { type QualificationResult } from './cadre-vocabulary';

/** A qualification review 任职资格审查 as the rule needs it. */
export type ReviewOutcome = { result: QualificationResult; reviewedOn: string; recordedAt: Date };

export const MAX_REVIEW_REASONS = 10;

/**
 * A cadre may take office on `appointedOn` only when the latest review on or before that day
 * PASSED; a later FAILED review overrides an earlier pass. CONFLICT otherwise.
 */
export function assertQualifiedOn(reviews: readonly ReviewOutcome[], appointedOn: string): void {
  const latest = reviews
    .filter((review) => review.reviewedOn <= appointedOn)
    .sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn) || a.recordedAt.getTime() - b.recordedAt.getTime())
    .at(-1);
  if (!latest) {
    throw new DomainError(
      'CONFLICT',
      `the cadre has no qualification review (任职资格审查) on or before ${appointedOn}: record a PASSED review (recordQualificationReview) first`,
      { appointedOn },
    );
  }
  if (latest.result !== 'PASSED') {
    throw new DomainError('CONFLICT', `the cadre's latest qualification review, on ${latest.reviewedOn}, FAILED: they may not take office`, {
      reviewedOn: latest.reviewedOn,
    });
  }
}

/** The reasons of a review, trimmed: a FAILED review needs at least one (BAD_USER_INPUT). */
export function reviewReasons(result: QualificationResult, reasons: readonly string[]): string[] {
  const cleaned = reasons.map((reason) => reason.trim()).filter((reason) => reason.length > 0);
  if (cleaned.length > MAX_REVIEW_REASONS || cleaned.some((reason) => reason.length > 200)) {
    throw new DomainError('BAD_USER_INPUT', `reasons: at most ${MAX_REVIEW_REASONS}, each at most 200 characters`, { field: 'reasons' });
  }
  if (result === 'FAILED' && cleaned.length === 0) {
    throw new DomainError('BAD_USER_INPUT', 'reasons: a FAILED review must say why (e.g. 受过刑事处罚, 涉黑涉恶)', { field: 'reasons' });
  }
  return cleaned;
}
