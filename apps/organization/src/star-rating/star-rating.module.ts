import { Module } from '@nestjs/common';
import { RegionModule } from '../region/region.module';
import { RegionStarRatingsResolver } from './region-star-ratings.resolver';
import { StarRatingCorrectionRepository, StarRatingRepository } from './star-rating.repository';
import { StarRatingResolver } from './star-rating.resolver';
import { StarRatingService } from './star-rating.service';

@Module({
  imports: [RegionModule],
  providers: [StarRatingRepository, StarRatingCorrectionRepository, StarRatingService, StarRatingResolver, RegionStarRatingsResolver],
  exports: [StarRatingService],
})
export class StarRatingModule {}
