import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller } from '@grassroots/auth';
import { PageArgs, toConnection } from '@grassroots/graphql';
import { CurrentCaller } from '@grassroots/subgraph';
import { RegionObject } from '../region/region.object';
import { toStarRatingObject } from './star-rating.mapper';
import { StarRatingConnection } from './star-rating.object';
import { StarRatingService } from './star-rating.service';

@Resolver(() => RegionObject)
export class RegionStarRatingsResolver {
  constructor(private readonly ratingService: StarRatingService) {}

  @ResolveField(() => StarRatingConnection, { description: '星级评定 (star ratings of the villages in this region, latest year first, within your scope)' })
  async starRatings(@Parent() region: RegionObject, @CurrentCaller() caller: Caller, @Args() page: PageArgs): Promise<StarRatingConnection> {
    return toConnection(await this.ratingService.list(caller, { within: region.code }, page), toStarRatingObject);
  }
}
