import { parseIdNumber, resolvePersonalData } from '@grassroots/personnel-app';
import { seededRandom } from '../random';
import { birthDateForAge } from './dates';
import { IdNumbers, mobilePhone } from './id-numbers';

const TODAY = '2026-11-25';

describe(IdNumbers.name, () => {
  it('issues numbers GB 11643 accepts, carrying the county, birth date and gender', () => {
    const sut = new IdNumbers('421181');
    const random = seededRandom('id-numbers');
    for (let index = 0; index < 2_000; index++) {
      const gender = random.chance(0.5) ? 'MALE' : 'FEMALE';
      const birthDate = birthDateForAge(random, random.int(18, 95), TODAY);
      const idNumber = sut.next(random, birthDate, gender);
      expect(idNumber.slice(0, 6)).toBe('421181');
      expect(parseIdNumber(idNumber, TODAY)).toEqual({ idNumber, birthDate, gender });
    }
  });

  it('never issues a number twice, even for many people born the same day', () => {
    const sut = new IdNumbers('421181');
    const random = seededRandom('same-day');
    const issued = Array.from({ length: 450 }, () => sut.next(random, '1960-05-01', 'MALE'));
    expect(new Set(issued).size).toBe(issued.length);
  });

  it('refuses an address code that is not six digits', () => {
    expect(() => new IdNumbers('4211')).toThrow('six digits');
  });
});

describe(mobilePhone.name, () => {
  it('draws mobile numbers the personal-data rule accepts', () => {
    const random = seededRandom('phones');
    for (let index = 0; index < 500; index++) {
      const phone = mobilePhone(random);
      expect(resolvePersonalData({ phone }, TODAY).phone).toBe(phone);
    }
  });
});
