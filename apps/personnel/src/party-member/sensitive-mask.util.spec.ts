import { maskIdNumber, maskPhone } from './sensitive-mask.util';

describe(maskIdNumber.name, () => {
  it('keeps the first six and last four characters', () => {
    expect(maskIdNumber('421181198503120012')).toBe('421181********0012');
    expect(maskIdNumber('42118120000229003X')).toBe('421181********003X');
  });

  it('stars a value too short to keep anything', () => {
    expect(maskIdNumber('1234567890')).toBe('**********');
  });
});

describe(maskPhone.name, () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0713-2921234')).toBe('071*****1234');
  });

  it('stars a value too short to keep anything', () => {
    expect(maskPhone('1234567')).toBe('*******');
  });
});
