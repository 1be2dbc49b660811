import { starGradeOf } from './star-scale.util';
import { type StarRating, type StarRatingCorrection } from './star-rating.entity';
import { StarRatingCorrectionObject, StarRatingObject } from './star-rating.object';

export function toStarRatingObject(rating: StarRating): StarRatingObject {
  return Object.assign(new StarRatingObject(), {
    id: rating.id,
    regionCode: rating.regionCode,
    organizationId: rating.organizationId,
    year: rating.year,
    stars: rating.stars,
    grade: starGradeOf(rating.stars),
    note: rating.note,
    ratedBy: rating.ratedBy,
    ratedAt: rating.ratedAt.toISOString(),
  });
}

export function toStarRatingCorrectionObject(correction: StarRatingCorrection): StarRatingCorrectionObject {
  return Object.assign(new StarRatingCorrectionObject(), {
    id: correction.id,
    previousStars: correction.previousStars,
    stars: correction.stars,
    note: correction.note,
    correctedBy: correction.correctedBy,
    correctedAt: correction.correctedAt.toISOString(),
  });
}
