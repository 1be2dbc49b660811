import { DomainError } from '@grassroots/kernel';
import { type Gender, parseIdNumber } from './id-number.util';
import { parsePhoneNumber } from './phone-number.util';

export type PersonalDataInput = {
  idNumber?: string | null;
  birthDate?: string | null;
  gender?: Gender | null;
  phone?: string | null;
};

export type PersonalData = { idNumber: string | null; birthDate: string | null; gender: Gender | null; phone: string | null };

/**
 * Validates a person's identifying data: the ID number by GB 11643, birth date and gender taken
 * from it when omitted and refused (BAD_USER_INPUT) when they contradict it.
 */
export function resolvePersonalData(input: PersonalDataInput, today: string): PersonalData {
  const phone = input.phone ? parsePhoneNumber(input.phone) : null;
  if (input.birthDate && input.birthDate > today) {
    throw new DomainError('BAD_USER_INPUT', `birthDate ${input.birthDate} is in the future`, { field: 'birthDate' });
  }
  if (!input.idNumber) return { idNumber: null, birthDate: input.birthDate ?? null, gender: input.gender ?? null, phone };
  const facts = parseIdNumber(input.idNumber, today);
  if (input.birthDate && input.birthDate !== facts.birthDate) {
    throw new DomainError('BAD_USER_INPUT', `birthDate ${input.birthDate} does not match the ID number, which says ${facts.birthDate}: correct one of them`, {
      field: 'birthDate',
    });
  }
  if (input.gender && input.gender !== facts.gender) {
    throw new DomainError('BAD_USER_INPUT', `gender ${input.gender} does not match the ID number, which says ${facts.gender}: correct one of them`, {
      field: 'gender',
    });
  }
  return { idNumber: facts.idNumber, birthDate: facts.birthDate, gender: facts.gender, phone };
}
