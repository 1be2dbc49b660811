import { type Role } from '@grassroots/auth';
import { RegionScope } from '@grassroots/kernel';
import { maskedBirthDate, masksPersonalData, revealsPersonalData } from './personal-data';

const caller = (...roles: Role[]) => ({ subject: 'u', roles, scope: RegionScope.of('421181') });

describe(maskedBirthDate.name, () => {
  it('withholds the birth date from a masked caller', () => {
    expect(maskedBirthDate('1980-05-20', true)).toBeNull();
    expect(maskedBirthDate('1980-05-20', false)).toBe('1980-05-20');
    expect(maskedBirthDate(null, false)).toBeNull();
  });
});

describe(masksPersonalData.name, () => {
  it('masks for an analyst, whatever else they hold, and for nobody else', () => {
    expect(masksPersonalData(caller('analyst'))).toBe(true);
    expect(masksPersonalData(caller('civil-affairs', 'analyst'))).toBe(true);
    expect(masksPersonalData(caller('analyst', 'organization-dept'))).toBe(true);
    expect(masksPersonalData(caller('civil-affairs'))).toBe(false);
    expect(masksPersonalData(caller('township-officer'))).toBe(false);
  });

  it('is the opposite of revealsPersonalData', () => {
    for (const roles of [['analyst'], ['organization-dept'], ['township-officer'], ['analyst', 'organization-dept']] as Role[][]) {
      expect(revealsPersonalData(caller(...roles))).toBe(!masksPersonalData(caller(...roles)));
    }
  });
});
