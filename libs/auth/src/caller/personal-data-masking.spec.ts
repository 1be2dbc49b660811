import { RegionScope } from '@grassroots/kernel';
import { type Caller } from './caller';
import { maskedText, maskName, masksPersonalData } from './personal-data-masking';

const caller = (...roles: Caller['roles']): Caller => ({ subject: 'u', name: '用户', roles, scope: RegionScope.of('421181') });

describe('personal data masking', () => {
  it('masks for an analyst, whatever else the caller holds, and for nobody else', () => {
    expect(masksPersonalData(caller('analyst'))).toBe(true);
    expect(masksPersonalData(caller('organization-dept', 'analyst'))).toBe(true);
    expect(masksPersonalData(caller('organization-dept'))).toBe(false);
    expect(masksPersonalData(caller('civil-affairs', 'discipline'))).toBe(false);
  });

  it('keeps the family name and stars the rest; a one-character name is a star; null stays null', () => {
    expect(maskName('张建国')).toBe('张**');
    expect(maskName('欧阳明月')).toBe('欧***');
    expect(maskName('王')).toBe('*');
    expect(maskName(null)).toBeNull();
  });

  it('replaces free text for a masked caller only', () => {
    expect(maskedText('病故', true)).toBe('***');
    expect(maskedText('病故', false)).toBe('病故');
    expect(maskedText(null, true)).toBeNull();
  });
});
