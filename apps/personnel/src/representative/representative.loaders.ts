import { type Caller } from '@grassroots/auth';
import { byKeys, loaderFor, type LoaderStore } from '@grassroots/subgraph';
import { type RepresentativePointsService } from './representative-points.service';
import { type RepresentativeService } from './representative.service';
import { type VillageRepresentative } from './village-representative.entity';

// One query per request for every representative or balance asked for in it.
export function representativeLoader(context: LoaderStore, caller: Caller, service: RepresentativeService) {
  return loaderFor<string, VillageRepresentative | null>(context, 'village-representative', async (ids) =>
    byKeys(ids, await service.getMany(caller, ids), (representative) => representative.id),
  );
}

export function balanceLoader(context: LoaderStore, caller: Caller, service: RepresentativePointsService) {
  return loaderFor<{ representativeId: string; year: number }, number>(context, 'representative-balance', (keys) => service.balances(caller, keys));
}
