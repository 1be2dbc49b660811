import { DomainError } from '@grassroots/kernel';
import { addYears, ageOn } from './cadre-dates.util';
import { CADRE_POST_LABELS, type CadrePostKind, type ElectionKind } from './cadre-vocabulary';

/** Village two committees are elected every five years 换届. */
export const TERM_YEARS = 5;

/** Posts a village has only one active holder of: the secretary 书记 and the committee chair 主任. */
export const SINGLE_HOLDER_POSTS: readonly CadrePostKind[] = ['SECRETARY', 'COMMITTEE_CHAIR'];

export const MINIMUM_CADRE_AGE = 18;

/** A post held by a cadre: active until `leftAt` is set. */
export type PostHolding = { cadreId: string; post: CadrePostKind; termStart: string; leftAt: string | null };

export const isActivePost = (holding: Pick<PostHolding, 'leftAt'>): boolean => holding.leftAt === null;

export type Term = { termStart: string; termEnd: string };

/** The term 任期 a general election on `electedOn` gives: five years, up to the next general election. */
export function termFromElection(electedOn: string): Term {
  return { termStart: electedOn, termEnd: addYears(electedOn, TERM_YEARS) };
}

/**
 * The term an appointment on `electedOn` gives. A general election starts a five-year term. A
 * by-election joins the village's current term and ends with it: the latest term end of the
 * village's active posts (`activeTermEnds`), or five years when no post is active. CONFLICT when
 * that term has already ended: the village is due for its general election, not a by-election.
 */
export function termOfAppointment(kind: ElectionKind, electedOn: string, activeTermEnds: readonly string[]): Term {
  if (kind === 'GENERAL_ELECTION' || activeTermEnds.length === 0) return termFromElection(electedOn);
  const currentEnd = activeTermEnds.reduce((latest, end) => (end > latest ? end : latest));
  if (currentEnd <= electedOn) {
    throw new DomainError(
      'CONFLICT',
      `the village's current term ended on ${currentEnd}, on or before electedOn ${electedOn}: a by-election fills a post within a running term; record the general election 换届 (election GENERAL_ELECTION) instead`,
      { field: 'election', termEnd: currentEnd },
    );
  }
  return { termStart: electedOn, termEnd: currentEnd };
}

/** 换届逾期: an active post whose term ended before `today` (it stays active until ended; nothing ends it silently). */
export function isTermOverdue(holding: { termEnd: string; leftAt: string | null }, today: string): boolean {
  return holding.leftAt === null && holding.termEnd < today;
}

/** 一肩挑: the person holds an active secretary post and an active committee-chair post. */
export function holdsBothPosts(posts: readonly Pick<PostHolding, 'post' | 'leftAt'>[]): boolean {
  const active = posts.filter(isActivePost).map((holding) => holding.post);
  return active.includes('SECRETARY') && active.includes('COMMITTEE_CHAIR');
}

/**
 * Refuses (CONFLICT) an appointment of `cadreId` to `post` when the cadre already holds it, or
 * when the post is a single-holder post someone else in the village holds. `activeInVillage`
 * are the village's active posts.
 */
export function assertPostVacant(post: CadrePostKind, cadreId: string, activeInVillage: readonly PostHolding[]): void {
  const active = activeInVillage.filter(isActivePost);
  if (active.some((holding) => holding.cadreId === cadreId && holding.post === post)) {
    throw new DomainError('CONFLICT', `the cadre already holds the post ${post} (${CADRE_POST_LABELS[post]}): end it before appointing again`, {
      post,
    });
  }
  const holder = active.find((holding) => holding.post === post);
  if (holder && SINGLE_HOLDER_POSTS.includes(post)) {
    throw new DomainError(
      'CONFLICT',
      `the village already has an active ${post} (${CADRE_POST_LABELS[post]}), cadre ${holder.cadreId}: end that post (endCadrePost) before appointing another`,
      { post, holderId: holder.cadreId },
    );
  }
}

/** Refuses an appointment before the cadre turns 18 (BAD_USER_INPUT). */
export function assertOfAgeOn(birthDate: string, date: string, field: string): void {
  if (ageOn(birthDate, date) < MINIMUM_CADRE_AGE) {
    throw new DomainError('BAD_USER_INPUT', `${field} ${date}: a village cadre must be at least ${MINIMUM_CADRE_AGE} (born ${birthDate})`, { field });
  }
}

/** Checks an end of office: CONFLICT when already ended, BAD_USER_INPUT for an impossible date. */
export function assertPostMayEnd(holding: Pick<PostHolding, 'post' | 'termStart' | 'leftAt'>, leftAt: string, today: string): void {
  if (holding.leftAt !== null) {
    throw new DomainError('CONFLICT', `this ${holding.post} post already ended on ${holding.leftAt}: it cannot end twice`, { leftAt: holding.leftAt });
  }
  if (leftAt < holding.termStart) {
    throw new DomainError('BAD_USER_INPUT', `leftAt ${leftAt} is before the term started on ${holding.termStart}`, { field: 'leftAt' });
  }
  if (leftAt > today) {
    throw new DomainError('BAD_USER_INPUT', `leftAt ${leftAt} is in the future: record the departure on or after the day it happens`, {
      field: 'leftAt',
    });
  }
}

/** True when one of the posts was held at some time in [start, end). */
export function servedDuring(posts: readonly Pick<PostHolding, 'termStart' | 'leftAt'>[], start: string, end: string): boolean {
  return posts.some((holding) => holding.termStart < end && (holding.leftAt === null || holding.leftAt >= start));
}
