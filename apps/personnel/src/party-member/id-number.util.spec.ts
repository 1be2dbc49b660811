import { idNumberCheckCharacter, parseIdNumber } from './id-number.util';
import { testIdNumber } from './testing/test-id-number';

const TODAY = '2026-11-25';

describe(idNumberCheckCharacter.name, () => {
  it.each([
    ['42118119850312001', '2'],
    ['42118120000229003', 'X'],
    ['11010519491231002', 'X'], // the worked example of GB 11643-1999
    ['42118119761231041', '9'],
  ])('%s → %s', (first17, expected) => {
    expect(idNumberCheckCharacter(first17)).toBe(expected);
  });

  it('refuses anything but 17 digits', () => {
    expect(() => idNumberCheckCharacter('4211811985031200')).toThrow();
    expect(() => idNumberCheckCharacter('4211811985031200A')).toThrow();
  });
});

describe(parseIdNumber.name, () => {
  it('reads birth date and gender from a valid number', () => {
    expect(parseIdNumber('421181198503120012', TODAY)).toEqual({ idNumber: '421181198503120012', birthDate: '1985-03-12', gender: 'MALE' });
    expect(parseIdNumber(testIdNumber('1990-01-01', '002'), TODAY)).toMatchObject({ birthDate: '1990-01-01', gender: 'FEMALE' });
  });

  it('accepts a lower-case x and surrounding spaces, answering the canonical form', () => {
    expect(parseIdNumber(' 42118120000229003x ', TODAY).idNumber).toBe('42118120000229003X');
  });

  it.each([
    ['a mistyped digit (check character wrong)', '421181198503120013', /check character/],
    ['a transposition', '421181198503120102', /check character/],
    ['17 characters', '42118119850312001', /18 characters/],
    ['19 characters', '4211811985031200122', /18 characters/],
    ['a letter inside', '4211811985O3120012', /18 characters/],
    ['X not at the end', 'X21181198503120012', /18 characters/],
    ['February 30th', `${'421181'}19850230001${'0'}`, /not a real past date/],
    ['29 February of a common year', '421181190102290010', /not a real past date/],
    ['a month 13', '421181198513120010', /not a real past date/],
    ['a birth date in the future', testIdNumber('2027-01-01'), /not a real past date/],
    ['a birth date before 1900', testIdNumber('1899-12-31'), /not a real past date/],
    ['an empty string', '', /18 characters/],
  ])('refuses %s with BAD_USER_INPUT', (_case, input, message) => {
    expect(() => parseIdNumber(input, TODAY)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) }));
  });

  it('names the field it was given', () => {
    expect(() => parseIdNumber('1', TODAY, 'applicant.idNumber')).toThrow(expect.objectContaining({ details: { field: 'applicant.idNumber' } }));
  });
});
