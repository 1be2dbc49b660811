import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { newId } from '@grassroots/kernel';

// The annual star rating 达标创星、晋位升级 of a village's organization: one per village and year.
@Entity({ tableName: 'star_rating' })
@Index({
  name: 'star_rating_region_prefix_idx',
  expression: 'create index "star_rating_region_prefix_idx" on "star_rating" ("region_code" varchar_pattern_ops, "id")',
})
@Unique({ name: 'star_rating_region_year_unique', properties: ['regionCode', 'year'] })
export class StarRating {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  /** The village 村(社区). */
  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  /** The village party organization (a PartyOrganization id; not checked here). */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Property({ type: 'smallint' })
  year: number;

  /** 1 达标 … 5 示范; the current value after any correction. */
  @Property({ type: 'smallint' })
  stars: number;

  @Property({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Property({ type: 'varchar', length: 200 })
  ratedBy: string;

  @Property({ type: 'datetime' })
  ratedAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  constructor(regionCode: string, organizationId: string | null, year: number, stars: number, note: string | null, ratedBy: string) {
    this.regionCode = regionCode;
    this.organizationId = organizationId;
    this.year = year;
    this.stars = stars;
    this.note = note;
    this.ratedBy = ratedBy;
  }
}

// A correction of a rating: the value before and after, who, when and why.
@Entity({ tableName: 'star_rating_correction' })
@Index({
  name: 'star_rating_correction_region_prefix_idx',
  expression: 'create index "star_rating_correction_region_prefix_idx" on "star_rating_correction" ("region_code" varchar_pattern_ops, "id")',
})
@Index({ name: 'star_rating_correction_rating_idx', properties: ['rating', 'correctedAt'] })
export class StarRatingCorrection {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = newId();

  @ManyToOne({ entity: () => StarRating, deleteRule: 'cascade' })
  rating: StarRating;

  @Property({ type: 'varchar', length: 12 })
  regionCode: string;

  @Property({ type: 'smallint' })
  previousStars: number;

  @Property({ type: 'smallint' })
  stars: number;

  @Property({ type: 'varchar', length: 500 })
  note: string;

  @Property({ type: 'varchar', length: 200 })
  correctedBy: string;

  @Property({ type: 'datetime' })
  correctedAt: Opt<Date> = new Date();

  constructor(rating: StarRating, previousStars: number, stars: number, note: string, correctedBy: string) {
    this.rating = rating;
    this.regionCode = rating.regionCode;
    this.previousStars = previousStars;
    this.stars = stars;
    this.note = note;
    this.correctedBy = correctedBy;
  }
}
