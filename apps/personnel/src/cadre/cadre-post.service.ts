import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { cadreAppointed, cadreLeftOffice } from '@grassroots/contracts';
import { parseId, shanghaiDate } from '@grassroots/kernel';
import { conflictOnDuplicate, type Page, type PageRequest } from '@grassroots/persistence';
import { EventOutbox } from '@grassroots/subgraph';
import { firstPagesOfIds } from '../shared/keyed-pages';
import { requireCadreWriter, scopeWithin } from './cadre-access';
import { notInFuture, optionalText } from './cadre-input.util';
import { CadrePost, CadrePostChange } from './cadre-post.entity';
import { assertOfAgeOn, assertPostMayEnd, assertPostVacant, holdsBothPosts, type PostHolding, termOfAppointment } from './cadre-post.rules';
import {
  assertOneOf,
  CADRE_POST_KINDS,
  CADRE_POST_LABELS,
  type CadrePostKind,
  ELECTION_KINDS,
  type ElectionKind,
  LEFT_REASONS,
  type LeftReason,
  QUALIFICATION_RESULTS,
  type QualificationResult,
} from './cadre-vocabulary';
import { CadrePostChangeRepository, CadrePostRepository, CadreRepository, QualificationReviewRepository } from './cadre.repository';
import { QualificationReview } from './qualification-review.entity';
import { assertQualifiedOn, reviewReasons } from './qualification.rules';

export type RecordQualificationReview = { cadreId: string; reviewedOn: string; result: QualificationResult; reasons?: readonly string[] | null };
export type AppointCadre = { cadreId: string; post: CadrePostKind; electedOn: string; election?: ElectionKind | null };
export type EndCadrePost = { leftAt: string; reason: LeftReason; note?: string | null };

const toHolding = (post: CadrePost): PostHolding => ({ cadreId: post.cadre.id, post: post.post, termStart: post.termStart, leftAt: post.leftAt });

const POST_ORDER = { termStart: 'desc', id: 'desc' } as const;
const REVIEW_ORDER = { reviewedOn: 'desc', id: 'desc' } as const;
// Most overdue first; the village and id keep the order stable.
const OVERDUE_ORDER = { termEnd: 'asc', regionCode: 'asc', id: 'asc' } as const;

/** 任职资格审查, appointment 任职 and leaving office 离任; each change recorded and published. */
@Injectable()
export class CadrePostService {
  constructor(
    private readonly cadres: CadreRepository,
    private readonly posts: CadrePostRepository,
    private readonly changes: CadrePostChangeRepository,
    private readonly reviews: QualificationReviewRepository,
    private readonly outbox: EventOutbox,
    private readonly em: EntityManager,
  ) {}

  /** Every post of a cadre, ended ones included, latest term first. */
  postsOf(caller: Caller, cadreId: string, page: PageRequest): Promise<Page<CadrePost>> {
    return this.posts.page(caller.scope, { cadre: cadreId }, page, POST_ORDER);
  }

  /** The first page of posts of many cadres, in two SQL statements. */
  firstPostPages(caller: Caller, cadreIds: readonly string[], first?: number | null): Promise<Page<CadrePost>[]> {
    return firstPagesOfIds(this.posts, caller.scope, cadreIds, { property: 'cadre', column: 'cadre_id', orderBy: POST_ORDER, first });
  }

  reviewsOf(caller: Caller, cadreId: string, page: PageRequest): Promise<Page<QualificationReview>> {
    return this.reviews.page(caller.scope, { cadre: cadreId }, page, REVIEW_ORDER);
  }

  /** The first page of qualification reviews of many cadres, in two SQL statements. */
  firstReviewPages(caller: Caller, cadreIds: readonly string[], first?: number | null): Promise<Page<QualificationReview>[]> {
    return firstPagesOfIds(this.reviews, caller.scope, cadreIds, { property: 'cadre', column: 'cadre_id', orderBy: REVIEW_ORDER, first });
  }

  /**
   * 换届逾期: active posts under `within` whose term ended before `asOf` (default today), most
   * overdue first. They stay active until ended (endCadrePost): nothing ends them silently.
   */
  overdue(caller: Caller, within: string | null | undefined, asOf: string | null | undefined, page: PageRequest): Promise<Page<CadrePost>> {
    const day = asOf ?? shanghaiDate();
    return this.posts.page(scopeWithin(caller, within), { leftAt: null, termEnd: { $lt: day } }, page, OVERDUE_ORDER);
  }

  async recordQualificationReview(caller: Caller, input: RecordQualificationReview, today = shanghaiDate()): Promise<QualificationReview> {
    requireCadreWriter(caller, 'Recording a qualification review');
    const cadreId = parseId(input.cadreId, 'cadreId');
    const result = assertOneOf(input.result, QUALIFICATION_RESULTS, 'result');
    const reviewedOn = notInFuture(input.reviewedOn, today, 'reviewedOn');
    const reasons = reviewReasons(result, input.reasons ?? []);
    const cadre = await this.cadres.findWritableOrFail(caller.scope, { id: cadreId }, input.cadreId);
    const review = this.reviews.add(caller.scope, new QualificationReview(cadre, reviewedOn, result, reasons, caller.subject));
    await this.em.flush();
    return review;
  }

  /**
   * Appoints a cadre to a post for the term an election on `electedOn` gives (a by-election ends
   * with the village's current term); needs a PASSED qualification review and a vacant post.
   * Publishes personnel.cadre.appointed.v1.
   */
  async appoint(caller: Caller, input: AppointCadre, today = shanghaiDate()): Promise<CadrePost> {
    requireCadreWriter(caller, 'Appointing a cadre');
    const cadreId = parseId(input.cadreId, 'cadreId');
    const post = assertOneOf(input.post, CADRE_POST_KINDS, 'post');
    const electedOn = notInFuture(input.electedOn, today, 'electedOn');
    const election = assertOneOf(input.election ?? 'GENERAL_ELECTION', ELECTION_KINDS, 'election');

    return conflictOnDuplicate(
      () =>
        this.em.transactional(async () => {
          // The cadre row stays locked until commit: one appointment of a person at a time.
          const cadre = await this.cadres.lockWritableOrFail(caller.scope, { id: cadreId }, input.cadreId);
          assertOfAgeOn(cadre.birthDate, electedOn, 'electedOn');
          const reviews = await this.reviews.find(caller.scope, { cadre });
          assertQualifiedOn(reviews, electedOn);
          const activeInVillage = await this.posts.find(caller.scope, { regionCode: cadre.regionCode, leftAt: null });
          assertPostVacant(post, cadre.id, activeInVillage.map(toHolding));

          const term = termOfAppointment(election, electedOn, activeInVillage.map((held) => held.termEnd));
          const holding = this.posts.add(caller.scope, new CadrePost(cadre, post, term.termStart, term.termEnd, caller.subject));
          const how = election === 'BY_ELECTION' ? 'by-election 补选' : 'elected or appointed';
          this.changes.add(caller.scope, new CadrePostChange(holding, null, 'ACTIVE', caller.subject, `${how} on ${electedOn}, term to ${term.termEnd}`));
          const ownActive = [...activeInVillage.filter((held) => held.cadre.id === cadre.id), holding];
          this.outbox.stage(
            this.em,
            cadreAppointed.create(cadre.regionCode, {
              cadreId: cadre.id,
              name: cadre.name,
              regionCode: cadre.regionCode,
              office: post,
              holdsBothPosts: holdsBothPosts(ownActive),
              termStart: holding.termStart,
              termEnd: holding.termEnd,
            }),
          );
          await this.em.flush();
          return holding;
        }),
      () => `the ${post} (${CADRE_POST_LABELS[post]}) post of this village was filled at the same time: reload and check`,
    );
  }

  /** Ends a post with the date and reason; publishes personnel.cadre.left-office.v1 (departure audit). */
  async end(caller: Caller, postId: string, input: EndCadrePost, today = shanghaiDate()): Promise<CadrePost> {
    requireCadreWriter(caller, 'Ending a cadre post');
    const id = parseId(postId, 'postId');
    const reason = assertOneOf(input.reason, LEFT_REASONS, 'reason');
    const note = optionalText(input.note, 'note', 500);

    return this.em.transactional(async () => {
      const holding = await this.posts.lockWritableOrFail(caller.scope, { id }, postId);
      assertPostMayEnd(holding, input.leftAt, today);
      const cadre = await this.cadres.findOneOrFail(caller.scope, { id: holding.cadre.id }, holding.cadre.id);
      holding.leftAt = input.leftAt;
      holding.leftReason = reason;
      holding.leftNote = note;
      this.changes.add(caller.scope, new CadrePostChange(holding, 'ACTIVE', 'LEFT', caller.subject, note ?? reason));
      this.outbox.stage(
        this.em,
        cadreLeftOffice.create(holding.regionCode, {
          cadreId: cadre.id,
          name: cadre.name,
          regionCode: holding.regionCode,
          office: holding.post,
          termStart: holding.termStart,
          leftAt: input.leftAt,
          reason,
        }),
      );
      await this.em.flush();
      return holding;
    });
  }
}
