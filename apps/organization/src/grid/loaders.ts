import { byKeys, loaderFor, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { type Grid } from './grid.entity';
import { type GridService } from './grid.service';

export function gridLoader(context: SubgraphContext, grids: GridService) {
  const caller = userCallerOf(context);
  return loaderFor<string, Grid | null>(context, 'grid', async (ids) => byKeys(ids, await grids.getMany(caller, ids), (grid) => grid.id));
}
