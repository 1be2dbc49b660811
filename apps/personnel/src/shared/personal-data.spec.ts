import { type Role } from '@grassroots/auth';
import { RegionScope } from '@grassroots/kernel';
import { maskedBirthDate, maskedText, maskName, masksPersonalData, revealsPersonalData } from './personal-data';

const caller = (...roles: Role[]) => ({ subject: 'u', roles, scope: RegionScope.of('421181') });

describe(maskName.name, () => {
  it('keeps the family name only', () => {
    expect(maskName('张建国')).toBe('张**');
    expect(maskName('欧阳')).toBe('欧*');
    expect(maskName('李华')).toBe('李*');
    expect(maskName('王')).toBe('*');
  });
});

describe(maskedText.name, () => {
  it('masks text for a masked caller and keeps null', () => {
    expect(maskedText('家住三组', true)).toBe('***');
    expect(maskedText('家住三组', false)).toBe('家住三组');
    expect(maskedText(null, true)).toBeNull();
  });
});

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
