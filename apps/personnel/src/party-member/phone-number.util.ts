import { DomainError } from '@grassroots/kernel';

const MOBILE = /^1[3-9]\d{9}$/;
// Landline with its area code 区号, e.g. 0713-2921234 (黄冈).
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/** A mainland mobile or landline number without spaces; BAD_USER_INPUT otherwise. */
export function parsePhoneNumber(input: string, field = 'phone'): string {
  const phone = (input ?? '').replace(/[\s]/g, '');
  if (MOBILE.test(phone) || LANDLINE.test(phone)) return phone;
  throw new DomainError('BAD_USER_INPUT', `${field} "${input}" is not a phone number: use 11 mobile digits (13800138000) or an area code and number (0713-2921234)`, {
    field,
  });
}
