import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, isUuid, optionalText, parseId, parseRegionCode, regionLevelOf, requiredText, shanghaiDate } from '@grassroots/kernel';
import { conflictOnDuplicate, type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole } from '@grassroots/subgraph';
import { RegionRepository } from '../region/region.repository';
import { assertRatingYear, assertStarCorrection, parseStars, STAR_GRADES, type Stars } from './star-scale.util';
import { StarRating, StarRatingCorrection } from './star-rating.entity';
import { StarRatingCorrectionRepository, StarRatingRepository } from './star-rating.repository';

export type RateVillageOrganization = { regionCode: string; organizationId?: string | null; year: number; stars: number; note?: string | null };

export type StarRatingFilter = { within?: string | null; year?: number | null; stars?: number | null };

const RATERS = ['organization-dept', 'township-officer'] as const;

@Injectable()
export class StarRatingService {
  constructor(
    private readonly ratings: StarRatingRepository,
    private readonly corrections: StarRatingCorrectionRepository,
    private readonly regions: RegionRepository,
    private readonly em: EntityManager,
  ) {}

  get(caller: Caller, id: string): Promise<StarRating> {
    return this.ratings.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  getMany(caller: Caller, ids: readonly string[]): Promise<StarRating[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.ratings.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** Ratings of the given villages and years (for "last year's stars"), in one query. */
  findByVillageYears(caller: Caller, keys: readonly { regionCode: string; year: number }[]): Promise<StarRating[]> {
    return keys.length ? this.ratings.find(caller.scope, { $or: keys.map((key) => ({ regionCode: key.regionCode, year: key.year })) }) : Promise.resolve([]);
  }

  /** Ratings under `within` (default: the caller's scope), latest year first, then by village. */
  list(caller: Caller, filter: StarRatingFilter, page: PageRequest): Promise<Page<StarRating>> {
    const scope = caller.scope.narrowTo(filter.within);
    const where = {
      ...(filter.year != null ? { year: filter.year } : {}),
      ...(filter.stars != null ? { stars: parseStars(filter.stars) } : {}),
    };
    return this.ratings.page(scope, where, page, { year: 'desc', regionCode: 'asc', id: 'asc' });
  }

  /** The corrections of one rating, oldest first. */
  correctionsOf(caller: Caller, ratingId: string, page: PageRequest): Promise<Page<StarRatingCorrection>> {
    return this.corrections.page(caller.scope, { rating: ratingId }, page, { correctedAt: 'asc', id: 'asc' });
  }

  /** Rates a village's organization for a year; a second rating for the same year is CONFLICT. */
  async rate(caller: Caller, input: RateVillageOrganization, today = shanghaiDate()): Promise<StarRating> {
    requireRole(caller, 'Rating a village organization', ...RATERS);
    const regionCode = parseRegionCode(input.regionCode);
    if (regionLevelOf(regionCode) !== 'VILLAGE') {
      throw new DomainError('BAD_USER_INPUT', `regionCode ${regionCode} is not a village: star ratings are of village organizations, use a 12-digit code`, {
        field: 'regionCode',
      });
    }
    assertRatingYear(input.year, Number(today.slice(0, 4)));
    const stars = parseStars(input.stars);
    const organizationId = input.organizationId ? parseId(input.organizationId, 'organizationId') : null;
    const note = optionalText(input.note, 'note', 500);
    caller.scope.assertCovers(regionCode, 'village');
    if (!(await this.regions.findOne(caller.scope, { code: regionCode }))) {
      throw new DomainError('NOT_FOUND', `village ${regionCode} does not exist`, { field: 'regionCode' });
    }
    const existing = await this.ratings.findOne(caller.scope, { regionCode, year: input.year });
    if (existing) {
      throw new DomainError(
        'CONFLICT',
        `village ${regionCode} is already rated for ${input.year}: ${STAR_GRADES[existing.stars as Stars].label} (rating ${existing.id} by ${existing.ratedBy}); use correctStarRating to change it`,
        { existingId: existing.id },
      );
    }
    const rating = this.ratings.add(caller.scope, new StarRating(regionCode, organizationId, input.year, stars, note, caller.subject));
    await conflictOnDuplicate(
      () => this.ratings.flush(),
      () => `village ${regionCode} was rated for ${input.year} at the same time: reload it and use correctStarRating to change it`,
    );
    return rating;
  }

  /** Corrects the stars of a rating, keeping the previous value, who, when and why. */
  async correct(caller: Caller, id: string, stars: number, note: string): Promise<StarRating> {
    requireRole(caller, 'Correcting a star rating', ...RATERS);
    const ratingId = parseId(id);
    parseStars(stars);
    const reason = requiredText(note, 'note', 500);
    return this.em.transactional(async () => {
      const rating = await this.ratings.lockWritableOrFail(caller.scope, { id: ratingId }, id);
      const corrected = assertStarCorrection(rating.stars, stars);
      this.corrections.add(caller.scope, new StarRatingCorrection(rating, rating.stars, corrected, reason, caller.subject));
      rating.stars = corrected;
      return rating;
    });
  }
}
