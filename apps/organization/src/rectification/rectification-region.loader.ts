import { byKeys, loaderFor, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { type Region } from '../region/region.entity';
import { toRegionObject } from '../region/region.mapper';
import { type RegionObject } from '../region/region.object';
import { type RegionService } from '../region/region.service';

/** The village of each case or overdue row, all read in one query per request. */
export async function loadVillage(context: SubgraphContext, regions: RegionService, code: string): Promise<RegionObject | null> {
  const caller = userCallerOf(context);
  const loader = loaderFor<string, Region | null>(context, 'rectification-region', async (codes) =>
    byKeys(codes, await regions.getMany(caller, codes), (region) => region.code),
  );
  const region = await loader.load(code);
  return region ? toRegionObject(region) : null;
}
