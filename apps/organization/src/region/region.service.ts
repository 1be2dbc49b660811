import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { notFound, parseRegionCode } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { type Region } from './region.entity';
import { RegionRepository } from './region.repository';

@Injectable()
export class RegionService {
  constructor(private readonly regions: RegionRepository) {}

  /** A region the caller may see: within scope, or an ancestor of it (name only matters there). */
  async get(caller: Caller, code: string): Promise<Region> {
    const canonical = parseRegionCode(code, 'code');
    const [found] = await this.regions.findVisible(caller.scope, [canonical]);
    if (!found) throw notFound('Region', canonical);
    return found;
  }

  /** Batch read for entity references and parent links; invisible codes come back as null. */
  async getMany(caller: Caller, codes: readonly string[]): Promise<Region[]> {
    return this.regions.findVisible(caller.scope, codes);
  }

  /** Children of a region, confined to the caller's scope, ordered by code. */
  children(caller: Caller, parentCode: string, page: PageRequest): Promise<Page<Region>> {
    return this.regions.page(caller.scope, { parentCode }, page, { code: 'asc' });
  }

  /** Regions under `within` (default: the caller's scope), optionally at one level or by name. */
  search(
    caller: Caller,
    filter: { within?: string | null; level?: Region['level'] | null; name?: string | null },
    page: PageRequest,
  ): Promise<Page<Region>> {
    const scope = caller.scope.narrowTo(filter.within);
    const where = {
      ...(filter.level ? { level: filter.level } : {}),
      ...(filter.name ? { shortName: { $ilike: `%${filter.name.replace(/[%_\\]/g, '\\$&')}%` } } : {}),
    };
    return this.regions.page(scope, where, page, { code: 'asc' });
  }
}
