import { type EntityClass } from '@mikro-orm/postgresql';
import { StarRating, StarRatingCorrection } from './star-rating.entity';

/** The star-rating tables, registered in the organization subgraph's ORM (see ../orm.ts). */
export const STAR_RATING_ENTITIES: EntityClass<object>[] = [StarRating, StarRatingCorrection];
