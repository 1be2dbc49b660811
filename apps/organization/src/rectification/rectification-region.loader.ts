import { type SubgraphContext } from '@grassroots/subgraph';
import { regionLoader } from '../region/region.loader';
import { toRegionObject } from '../region/region.mapper';
import { type RegionObject } from '../region/region.object';
import { type RegionService } from '../region/region.service';

/** The village of each case or overdue row, read through the request's one region loader. */
export async function loadVillage(context: SubgraphContext, regions: RegionService, code: string): Promise<RegionObject | null> {
  const region = await regionLoader(context, regions).load(code);
  return region ? toRegionObject(region) : null;
}
