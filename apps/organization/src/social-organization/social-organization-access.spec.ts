import { type Role } from '@grassroots/auth';
import { RegionScope } from '@grassroots/kernel';
import { requireSocialOrganizationWriter } from './social-organization-access';

const caller = (roles: Role[], region: string) => ({ subject: 's', roles, scope: RegionScope.of(region) });

describe(requireSocialOrganizationWriter.name, () => {
  it.each([
    [['civil-affairs'], '421181'],
    [['organization-dept'], '421181'],
    [['township-officer'], '421181111'],
    [['village-cadre'], '421181111229'],
  ] as [Role[], string][])('lets %s of %s write', (roles, region) => {
    expect(() => requireSocialOrganizationWriter(caller(roles, region), 'Filing')).not.toThrow();
  });

  it.each([
    [['village-cadre'], '421181111', 'a village cadre with a township scope'],
    [['analyst'], '421181', 'an analyst'],
    [['political-legal'], '421181', 'the political-legal committee'],
  ] as [Role[], string, string][])('refuses %s (%s: %s) with FORBIDDEN', (roles, region) => {
    expect(() => requireSocialOrganizationWriter(caller(roles, region), 'Filing')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringContaining('village-cadre (own village)') }),
    );
  });
});
