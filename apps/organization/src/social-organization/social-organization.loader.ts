import { byKeys, loaderFor, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { type SocialOrganization } from './social-organization.entity';
import { type SocialOrganizationService } from './social-organization.service';

export function socialOrganizationLoader(context: SubgraphContext, organizations: SocialOrganizationService) {
  const caller = userCallerOf(context);
  return loaderFor<string, SocialOrganization | null>(context, 'social-organization', async (ids) =>
    byKeys(ids, await organizations.getMany(caller, ids), (organization) => organization.id),
  );
}
