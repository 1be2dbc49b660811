import { byKeys, loaderFor, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { type Region } from '../region/region.entity';
import { type RegionService } from '../region/region.service';
import { type Grid } from './grid.entity';
import { type GridService } from './grid.service';

// Same name and batch as the Region resolver's own loader, so one request reads each region once.
export function regionLoader(context: SubgraphContext, regions: RegionService) {
  const caller = userCallerOf(context);
  return loaderFor<string, Region | null>(context, 'region', async (codes) => byKeys(codes, await regions.getMany(caller, codes), (region) => region.code));
}

export function gridLoader(context: SubgraphContext, grids: GridService) {
  const caller = userCallerOf(context);
  return loaderFor<string, Grid | null>(context, 'grid', async (ids) => byKeys(ids, await grids.getMany(caller, ids), (grid) => grid.id));
}
