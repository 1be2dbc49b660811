import { RegionScope } from '@grassroots/kernel';
import { maskName, revealsPersonalData } from './personal-data.util';

describe(maskName.name, () => {
  it('keeps the first character only', () => {
    expect(maskName('张建国')).toBe('张**');
    expect(maskName('欧阳')).toBe('欧*');
    expect(maskName('李')).toBe('*');
  });
});

describe(revealsPersonalData.name, () => {
  const caller = (...roles: Parameters<typeof revealsPersonalData>[0]['roles']) => ({ subject: 's', roles, scope: RegionScope.of('421181') });

  it('reveals to officials and never to an analyst, whatever else they hold', () => {
    expect(revealsPersonalData(caller('organization-dept'))).toBe(true);
    expect(revealsPersonalData(caller('township-officer'))).toBe(true);
    expect(revealsPersonalData(caller('analyst'))).toBe(false);
    expect(revealsPersonalData(caller('analyst', 'organization-dept'))).toBe(false);
  });
});
