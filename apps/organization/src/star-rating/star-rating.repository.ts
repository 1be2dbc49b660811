import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { WritableRegionRepository } from '../grid/writable-region.repository';
import { StarRating, StarRatingCorrection } from './star-rating.entity';

@Injectable()
export class StarRatingRepository extends WritableRegionRepository<StarRating> {
  constructor(em: EntityManager) {
    super(em, StarRating, 'Star rating');
  }
}

@Injectable()
export class StarRatingCorrectionRepository extends WritableRegionRepository<StarRatingCorrection> {
  constructor(em: EntityManager) {
    super(em, StarRatingCorrection, 'Star rating correction');
  }
}
