import { DomainError } from '@grassroots/kernel';

export type MentorChoice = { menteeId: string; mentorCadreId: string | null; mentorName: string | null };

/** 导师帮带: the mentor is another cadre (by id) or someone named (a township leader): exactly one. */
export function assertMentorChoice(choice: MentorChoice): void {
  if ((choice.mentorCadreId === null) === (choice.mentorName === null)) {
    throw new DomainError('BAD_USER_INPUT', 'give either mentorCadreId (a cadre) or mentorName (anyone else), not both and not neither', {
      field: 'mentorCadreId',
    });
  }
  if (choice.mentorCadreId === choice.menteeId) {
    throw new DomainError('BAD_USER_INPUT', 'a cadre cannot mentor themselves', { field: 'mentorCadreId' });
  }
}

/** A new mentorship replaces the current one and must begin after it began (CONFLICT otherwise). */
export function assertMentorshipFollows(current: { since: string } | null, since: string): void {
  if (current && since <= current.since) {
    throw new DomainError('CONFLICT', `the cadre's current mentorship began on ${current.since}: a new mentor must start after that day`, {
      field: 'since',
    });
  }
}
