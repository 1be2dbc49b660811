import { type Caller } from '@grassroots/auth';
import { byKeys, loaderFor, type LoaderStore } from '@grassroots/subgraph';
import { type HouseholdLink } from './household-link.entity';
import { type HouseholdLinkService } from './household-link.service';
import { type Household } from './household.entity';
import { type HouseholdService } from './household.service';

// One query per request for every household or link asked for in it.
export function householdLoader(context: LoaderStore, caller: Caller, service: HouseholdService) {
  return loaderFor<string, Household | null>(context, 'household', async (ids) =>
    byKeys(ids, await service.getMany(caller, ids), (household) => household.id),
  );
}

export function householdLinkLoader(context: LoaderStore, caller: Caller, service: HouseholdLinkService) {
  return loaderFor<string, HouseholdLink | null>(context, 'household-link', async (ids) =>
    byKeys(ids, await service.getMany(caller, ids), (link) => link.id),
  );
}
