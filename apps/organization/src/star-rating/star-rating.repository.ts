import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RegionScopedRepository } from '@grassroots/persistence';
import { StarRating, StarRatingCorrection } from './star-rating.entity';

@Injectable()
export class StarRatingRepository extends RegionScopedRepository<StarRating> {
  constructor(em: EntityManager) {
    super(em, StarRating, 'Star rating');
  }
}

@Injectable()
export class StarRatingCorrectionRepository extends RegionScopedRepository<StarRatingCorrection> {
  constructor(em: EntityManager) {
    super(em, StarRatingCorrection, 'Star rating correction');
  }
}
