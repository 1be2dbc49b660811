import { parsePhoneNumber } from './phone-number.util';

describe(parsePhoneNumber.name, () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['0713-2921234', '0713-2921234'],
    ['07132921234', '07132921234'],
  ])('accepts %s as %s', (input, expected) => {
    expect(parsePhoneNumber(input)).toBe(expected);
  });

  it.each(['12812345678', '1381234567', '+8613812345678', '2921234', 'phone', ''])('refuses %j with BAD_USER_INPUT', (input) => {
    expect(() => parsePhoneNumber(input)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'phone' } }));
  });
});
