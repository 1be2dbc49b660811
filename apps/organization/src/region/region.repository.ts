import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ancestorRegionCodes, type RegionCode, type RegionScope } from '@grassroots/kernel';
import { RegionScopedRepository } from '@grassroots/persistence';
import { Region } from './region.entity';

@Injectable()
export class RegionRepository extends RegionScopedRepository<Region> {
  constructor(em: EntityManager) {
    super(em, Region, 'Region', 'code');
  }

  /** The scope root's ancestors: a caller may see their names, nothing under them. */
  findAncestorsOfScope(scope: RegionScope): Promise<Region[]> {
    const codes = ancestorRegionCodes(scope.root as RegionCode);
    return codes.length ? this.em.find(Region, { code: { $in: codes } }, { orderBy: { code: 'asc' } }) : Promise.resolve([]);
  }

  /** Regions by code that the scope may see: within it, or above it on its own path. */
  async findVisible(scope: RegionScope, codes: readonly string[]): Promise<Region[]> {
    const inside = codes.filter((code) => scope.covers(code));
    const above = codes.filter((code) => scope.isAncestorOfRoot(code));
    const [within, ancestors] = await Promise.all([
      inside.length ? this.find(scope, { code: { $in: inside } }) : Promise.resolve([]),
      above.length ? this.em.find(Region, { code: { $in: above } }) : Promise.resolve([]),
    ]);
    return [...within, ...ancestors];
  }
}
