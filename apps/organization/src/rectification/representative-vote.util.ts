import { DomainError } from '@grassroots/kernel';

// A villagers' representatives' meeting 村民代表会议 may sit only with two thirds of its members
// present, and decides by a majority of those present (村民委员会组织法 §26).
export type RepresentativeVote = { representativeCount: number; attendance: number; votesFor: number };

const whole = (value: number) => Number.isInteger(value) && value >= 0;

/** True when the meeting passed the plan; BAD_USER_INPUT when the figures are impossible or there was no quorum. */
export function representativesPass(vote: RepresentativeVote): boolean {
  const { representativeCount, attendance, votesFor } = vote;
  if (!whole(representativeCount) || representativeCount < 1) {
    throw new DomainError('BAD_USER_INPUT', `representativeCount must be a whole number of 1 or more, got ${representativeCount}`, {
      field: 'representativeCount',
    });
  }
  if (!whole(attendance) || attendance > representativeCount) {
    throw new DomainError('BAD_USER_INPUT', `attendance must be between 0 and the ${representativeCount} representatives, got ${attendance}`, {
      field: 'attendance',
    });
  }
  if (!whole(votesFor) || votesFor > attendance) {
    throw new DomainError('BAD_USER_INPUT', `votesFor must be between 0 and the ${attendance} attending, got ${votesFor}`, { field: 'votesFor' });
  }
  if (attendance * 3 < representativeCount * 2) {
    const needed = Math.ceil((representativeCount * 2) / 3);
    throw new DomainError(
      'BAD_USER_INPUT',
      `the meeting had no quorum: ${attendance} of ${representativeCount} representatives attended, at least ${needed} (two thirds) must; hold the review again`,
      { field: 'attendance' },
    );
  }
  return passedBy(attendance, votesFor);
}

/** More than half of those attending voted for it. */
export function passedBy(attendance: number, votesFor: number): boolean {
  return votesFor * 2 > attendance;
}
