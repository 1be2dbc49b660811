import { byKeys, loaderFor, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { type Region } from './region.entity';
import { type RegionService } from './region.service';

/** Every region a request touches by code, read in one query: one loader (and cache) per request for all resolvers. */
export function regionLoader(context: SubgraphContext, regions: RegionService) {
  const caller = userCallerOf(context);
  return loaderFor<string, Region | null>(context, 'region', async (codes) => byKeys(codes, await regions.getMany(caller, codes), (region) => region.code));
}
