// Enumerations of the party-member record (DOMAIN §2), shared by entities, rules and the API.
export type MemberStatus = 'FULL' | 'PROBATIONARY';
export const MEMBER_STATUSES: readonly MemberStatus[] = ['FULL', 'PROBATIONARY'];

// One education vocabulary (and GraphQL enum) for all personnel: the cadre folder's.
export type { Education } from '../cadre/cadre-vocabulary';

/** Why a member left the village's organization; REMOVED comes only from a removal disposition. */
export type DepartureReason = 'TRANSFERRED_OUT' | 'DIED' | 'WITHDREW' | 'REMOVED' | 'EXPELLED' | 'PROBATION_CANCELLED';
export const DEPARTURE_REASONS: readonly DepartureReason[] = ['TRANSFERRED_OUT', 'DIED', 'WITHDREW', 'REMOVED', 'EXPELLED', 'PROBATION_CANCELLED'];

/** Organizational dispositions 组织处置: 停止党籍, 恢复党籍, 除名. */
export type DispositionKind = 'SUSPENSION' | 'RESTORATION' | 'REMOVAL';
export const DISPOSITION_KINDS: readonly DispositionKind[] = ['SUSPENSION', 'RESTORATION', 'REMOVAL'];

/** 民主评议党员 ratings carried in the annual record 年度纪实. */
export type AnnualRating = 'EXCELLENT' | 'QUALIFIED' | 'BASICALLY_QUALIFIED' | 'UNQUALIFIED';
export const ANNUAL_RATINGS: readonly AnnualRating[] = ['EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED'];
