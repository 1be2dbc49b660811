import { RegionScope } from '@grassroots/kernel';
import { maskedText, maskName, masksPersonalData } from './personal-data.util';

describe(maskName.name, () => {
  it('keeps the family name only', () => {
    expect(maskName('张建国')).toBe('张**');
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

describe(masksPersonalData.name, () => {
  const caller = (...roles: ('analyst' | 'civil-affairs')[]) => ({ subject: 'u', roles, scope: RegionScope.of('421181') });

  it('masks for an analyst, whatever else they hold', () => {
    expect(masksPersonalData(caller('analyst'))).toBe(true);
    expect(masksPersonalData(caller('civil-affairs', 'analyst'))).toBe(true);
    expect(masksPersonalData(caller('civil-affairs'))).toBe(false);
  });
});
