import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, RegionCodeScalar, toConnection } from '@grassroots/graphql';
import { byKeys, CurrentCaller, loaderFor, RequestContextArg, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { regionLoader } from '../region/region.loader';
import { toRegionObject } from '../region/region.mapper';
import { RegionObject } from '../region/region.object';
import { RegionService } from '../region/region.service';
import { type StarRating } from './star-rating.entity';
import { toStarRatingCorrectionObject, toStarRatingObject } from './star-rating.mapper';
import { RateVillageOrganizationInput, StarRatingConnection, StarRatingCorrectionConnection, StarRatingObject } from './star-rating.object';
import { StarRatingService } from './star-rating.service';

@Resolver(() => StarRatingObject)
export class StarRatingResolver {
  constructor(
    private readonly ratingService: StarRatingService,
    private readonly regionService: RegionService,
  ) {}

  @Query(() => StarRatingObject, { description: '按编号查询星级评定 (one star rating within your scope)' })
  async starRating(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID, description: '评定编号' }) id: string): Promise<StarRatingObject> {
    return toStarRatingObject(await this.ratingService.get(caller, id));
  }

  @Query(() => StarRatingConnection, { description: '星级评定列表 (star ratings within your scope, latest year first, then by village)' })
  async starRatings(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('within', { type: () => RegionCodeScalar, nullable: true, description: '在此区划之下 (defaults to your scope)' }) within?: string | null,
    @Args('year', { type: () => Int, nullable: true, description: '评定年度 (only this year)' }) year?: number | null,
    @Args('stars', { type: () => Int, nullable: true, description: '星数 (only ratings with these stars, 1–5)' }) stars?: number | null,
  ): Promise<StarRatingConnection> {
    return toConnection(await this.ratingService.list(caller, { within, year, stars }, page), toStarRatingObject);
  }

  @Mutation(() => StarRatingObject, {
    description: '星级评定 (rate a village organization for a year; a second rating of the same year is CONFLICT). Roles: organization-dept, township-officer',
  })
  async rateVillageOrganization(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => RateVillageOrganizationInput, description: '评定信息' }) input: RateVillageOrganizationInput,
  ): Promise<StarRatingObject> {
    return toStarRatingObject(await this.ratingService.rate(caller, input));
  }

  @Mutation(() => StarRatingObject, {
    description: '更正星级 (correct the stars of a rating; the previous value is kept in corrections). Roles: organization-dept, township-officer',
  })
  async correctStarRating(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: '评定编号' }) id: string,
    @Args('stars', { type: () => Int, description: '更正后星数 (1–5, different from the current stars)' }) stars: number,
    @Args('note', { type: () => String, description: '更正理由 (why, 1–500 characters)' }) note: string,
  ): Promise<StarRatingObject> {
    return toStarRatingObject(await this.ratingService.correct(caller, id, stars, note));
  }

  @ResolveField(() => RegionObject, { nullable: true, description: '所在村(社区) (the village)' })
  async region(@Parent() rating: StarRatingObject, @RequestContextArg() context: SubgraphContext): Promise<RegionObject | null> {
    const found = await regionLoader(context, this.regionService).load(rating.regionCode);
    return found ? toRegionObject(found) : null;
  }

  @ResolveField(() => Int, { nullable: true, description: '上年度星数 (stars of the year before, to see 晋位升级; null when not rated)' })
  async previousYearStars(@Parent() rating: StarRatingObject, @RequestContextArg() context: SubgraphContext): Promise<number | null> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, StarRating | null>(context, 'star-rating-by-village-year', async (keys) => {
      const pairs = keys.map((key) => ({ regionCode: key.slice(0, key.indexOf(':')), year: Number(key.slice(key.indexOf(':') + 1)) }));
      return byKeys(keys, await this.ratingService.findByVillageYears(caller, pairs), (found) => `${found.regionCode}:${found.year}`);
    });
    return (await loader.load(`${rating.regionCode}:${rating.year - 1}`))?.stars ?? null;
  }

  @ResolveField(() => StarRatingCorrectionConnection, { description: '更正记录 (corrections of this rating, oldest first)' })
  async corrections(@Parent() rating: StarRatingObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<StarRatingCorrectionConnection> {
    return toConnection(await this.ratingService.correctionsOf(caller, rating.id, page), toStarRatingCorrectionObject);
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }, context: SubgraphContext): Promise<StarRatingObject | null> {
    const caller = userCallerOf(context);
    const loader = loaderFor<string, StarRating | null>(context, 'star-rating', async (ids) =>
      byKeys(ids, await this.ratingService.getMany(caller, ids), (rating) => rating.id),
    );
    const found = await loader.load(reference.id.toLowerCase());
    return found ? toStarRatingObject(found) : null;
  }
}
