import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { LocalDateScalar, PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { CurrentCaller, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { batchedPage } from '../shared/batched-page';
import { CadreLeftReasonEnum } from './cadre-enums.object';
import { CadrePostService } from './cadre-post.service';
import { QualificationReviewConnection, QualificationReviewObject } from './cadre-record.object';
import { type LeftReason } from './cadre-vocabulary';
import { AppointCadreInput, RecordQualificationReviewInput } from './cadre.inputs';
import { cadreLoader } from './cadre.loaders';
import { toCadreObject, toCadrePostObject, toQualificationReviewObject } from './cadre.mapper';
import { CadreObject, CadrePostConnection, CadrePostObject } from './cadre.object';
import { CadreService } from './cadre.service';
import { revealsPersonalData } from '../shared/personal-data';

const WRITERS = 'Roles: organization-dept, township-officer (own township)';

@Resolver(() => CadrePostObject)
export class CadrePostResolver {
  constructor(
    private readonly posts: CadrePostService,
    private readonly cadres: CadreService,
  ) {}

  @Mutation(() => QualificationReviewObject, { description: `记录任职资格审查 (record a qualification review 任职资格审查). ${WRITERS}` })
  async recordQualificationReview(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RecordQualificationReviewInput, description: '审查结果 (the review)' }) input: RecordQualificationReviewInput,
  ): Promise<QualificationReviewObject> {
    return toQualificationReviewObject(await this.posts.recordQualificationReview(caller, input), revealsPersonalData(caller));
  }

  @Mutation(() => CadrePostObject, {
    description: `任职 (appoint a cadre to a post; needs a PASSED qualification review and a vacant post; publishes personnel.cadre.appointed.v1). ${WRITERS}`,
  })
  async appointCadre(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => AppointCadreInput, description: '任职信息 (the appointment)' }) input: AppointCadreInput,
  ): Promise<CadrePostObject> {
    return toCadrePostObject(await this.posts.appoint(caller, input));
  }

  @Query(() => CadrePostConnection, {
    description:
      '换届逾期任职 (active posts whose term ended before asOf: the village is due for its general election 换届; most overdue first, within your scope)',
  })
  async overdueCadrePosts(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' })
    within?: string | null,
    @Args('asOf', { type: () => LocalDateScalar, nullable: true, description: '统计日期 (terms ended before this date; defaults to today)' })
    asOf?: string | null,
  ): Promise<CadrePostConnection> {
    return toConnection(await this.posts.overdue(caller, within, asOf, page), toCadrePostObject);
  }

  @Mutation(() => CadrePostObject, {
    description:
      '离任 (end a post with the date and reason; publishes personnel.cadre.left-office.v1, from which a departure audit is scheduled; ' +
      `the cadre's duty lines stay theirs, counted as orphaned in dutyLineReport until reassigned). ${WRITERS}`,
  })
  async endCadrePost(
    @CurrentCaller() caller: Caller,
    @Args('postId', { type: () => ID, description: '任职编号 (the post to end)' }) postId: string,
    @Args('leftAt', { type: () => LocalDateScalar, description: '离任日期 (within the term, not in the future)' }) leftAt: string,
    @Args('reason', { type: () => CadreLeftReasonEnum, description: '离任原因 (why)' }) reason: LeftReason,
    @Args('note', { type: () => String, nullable: true, description: '说明 (remarks, at most 500 characters)' }) note?: string | null,
  ): Promise<CadrePostObject> {
    return toCadrePostObject(await this.posts.end(caller, postId, { leftAt, reason, note }));
  }

  @ResolveField(() => CadreObject, { nullable: true, description: '任职村干部 (the cadre holding the post)' })
  async cadre(@Parent() post: CadrePostObject, @RequestContextArg() context: SubgraphContext): Promise<CadreObject | null> {
    const caller = userCallerOf(context);
    const cadre = await cadreLoader(context, caller, this.cadres).load(post.cadreId);
    return cadre ? toCadreObject(cadre, revealsPersonalData(caller)) : null;
  }
}

@Resolver(() => CadreObject)
export class CadreReviewsResolver {
  constructor(private readonly posts: CadrePostService) {}

  @ResolveField(() => QualificationReviewConnection, { description: '任职资格审查记录 (qualification reviews, latest first)' })
  async qualificationReviews(
    @Parent() cadre: CadreObject,
    @Args() page: PageArgs,
    @RequestContextArg() context: SubgraphContext,
  ): Promise<QualificationReviewConnection> {
    const caller = userCallerOf(context);
    const found = await batchedPage(
      context,
      'cadre-reviews',
      cadre.id,
      page,
      (ids) => this.posts.firstReviewPages(caller, ids, page.first),
      () => this.posts.reviewsOf(caller, cadre.id, page),
    );
    const reveal = revealsPersonalData(caller);
    return toConnection(found, (review) => toQualificationReviewObject(review, reveal));
  }
}
