import { type FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, isUuid, parseId, parseRegionCode, regionLevelOf, shanghaiDate } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole } from '@grassroots/subgraph';
import { parseMatterCategory } from './matter-category.util';
import { amountRangeOf, type MatterTier } from './matter-tier.util';
import { VillageMatter } from './village-matter.entity';
import { VillageMatterRepository } from './village-matter.repository';

export type ProposeVillageMatter = {
  regionCode: string;
  title: string;
  category: string;
  /** Fen. */
  amount: number;
  proposedAt?: string | null;
};

export type VillageMatterFilter = { within?: string | null; tier?: MatterTier | null };

@Injectable()
export class VillageMatterService {
  constructor(private readonly matters: VillageMatterRepository) {}

  get(caller: Caller, id: string): Promise<VillageMatter> {
    return this.matters.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  /** Batch read for entity references; unknown, malformed and out-of-scope ids are left out. */
  getMany(caller: Caller, ids: readonly string[]): Promise<VillageMatter[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.matters.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** Matters under `within` (default: the caller's scope), newest proposal first. */
  list(caller: Caller, filter: VillageMatterFilter, page: PageRequest): Promise<Page<VillageMatter>> {
    const scope = caller.scope.narrowTo(filter.within);
    const where: FilterQuery<VillageMatter> = {};
    if (filter.tier) {
      const { from, below } = amountRangeOf(filter.tier);
      where.amount = below === null ? { $gte: from } : { $gte: from, $lt: below };
    }
    return this.matters.page(scope, where, page, { proposedAt: 'desc', id: 'desc' });
  }

  /** Records a matter a village puts to its decision procedure; the amount decides the tier. */
  async propose(caller: Caller, input: ProposeVillageMatter, today = shanghaiDate()): Promise<VillageMatter> {
    requireRole(caller, 'Proposing a village matter', 'village-cadre', 'township-officer', 'organization-dept');
    const regionCode = parseRegionCode(input.regionCode);
    if (regionLevelOf(regionCode) !== 'VILLAGE') {
      throw new DomainError('BAD_USER_INPUT', `regionCode ${regionCode} is not a village: a matter belongs to a 12-digit village code`, {
        field: 'regionCode',
      });
    }
    caller.scope.assertCovers(regionCode, 'village');
    const title = input.title.trim();
    if (title.length < 1 || title.length > 200) {
      throw new DomainError('BAD_USER_INPUT', `title must be 1 to 200 characters, got ${title.length}`, { field: 'title' });
    }
    const category = parseMatterCategory(input.category);
    if (!Number.isSafeInteger(input.amount) || input.amount < 0) {
      throw new DomainError('BAD_USER_INPUT', 'amount must be 0.00 yuan or more (use 0.00 for a matter without money)', {
        field: 'amount',
      });
    }
    const proposedAt = input.proposedAt ?? today;
    if (proposedAt > today) {
      throw new DomainError('BAD_USER_INPUT', `proposedAt ${proposedAt} is in the future: use today (${today}) or an earlier date`, {
        field: 'proposedAt',
      });
    }
    const matter = this.matters.add(caller.scope, new VillageMatter(regionCode, title, category, input.amount, proposedAt));
    await this.matters.flush();
    return matter;
  }
}
