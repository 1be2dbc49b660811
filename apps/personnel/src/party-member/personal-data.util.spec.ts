import { resolvePersonalData } from './personal-data.util';
import { testIdNumber } from './testing/test-id-number';

const TODAY = '2026-11-25';
const MALE_1985 = testIdNumber('1985-03-12', '011');

describe(resolvePersonalData.name, () => {
  it('takes birth date and gender from the ID number', () => {
    expect(resolvePersonalData({ idNumber: MALE_1985 }, TODAY)).toEqual({ idNumber: MALE_1985, birthDate: '1985-03-12', gender: 'MALE', phone: null });
  });

  it('accepts matching birth date and gender, and a phone', () => {
    expect(resolvePersonalData({ idNumber: MALE_1985, birthDate: '1985-03-12', gender: 'MALE', phone: '138 1234 5678' }, TODAY)).toMatchObject({
      phone: '13812345678',
    });
  });

  it('keeps what was given when there is no ID number', () => {
    expect(resolvePersonalData({ birthDate: '1970-01-01', gender: 'FEMALE' }, TODAY)).toEqual({ idNumber: null, birthDate: '1970-01-01', gender: 'FEMALE', phone: null });
    expect(resolvePersonalData({}, TODAY)).toEqual({ idNumber: null, birthDate: null, gender: null, phone: null });
  });

  it.each([
    ['a birth date that contradicts the ID number', { idNumber: MALE_1985, birthDate: '1985-03-13' }, 'birthDate'],
    ['a gender that contradicts the ID number', { idNumber: MALE_1985, gender: 'FEMALE' as const }, 'gender'],
    ['a bad check character', { idNumber: `${MALE_1985.slice(0, 17)}${MALE_1985[17] === '0' ? '1' : '0'}` }, 'idNumber'],
    ['a future birth date', { birthDate: '2030-01-01' }, 'birthDate'],
    ['a bad phone', { phone: '12345' }, 'phone'],
  ])('refuses %s with BAD_USER_INPUT', (_case, input, field) => {
    expect(() => resolvePersonalData(input, TODAY)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } }));
  });
});
