import { type Gender, loadPersonnelDataKey, resolvePersonalData, SENSITIVE_FIELD_PURPOSES, SensitiveDataCipher } from '@grassroots/personnel-app';

export type PersonalFacts = { idNumber: string; birthDate: string; gender: Gender; phone: string | null };
export type SealedPersonalData = { idNumberSealed: string; idNumberHash: string; phoneSealed: string | null };

/**
 * Seals ID numbers and phones the way the personnel services store them: the same key
 * (PERSONNEL_DATA_KEY, the development key otherwise), the same purposes, and the values
 * canonicalised and checked by the same rule that checks user input.
 */
export class PersonalDataSealer {
  private constructor(private readonly cipher: SensitiveDataCipher) {}

  static fromEnvironment(env: NodeJS.ProcessEnv = process.env): PersonalDataSealer {
    return new PersonalDataSealer(SensitiveDataCipher.fromMasterKey(loadPersonnelDataKey(env)));
  }

  seal(facts: PersonalFacts, today: string): SealedPersonalData {
    const personal = resolvePersonalData(facts, today);
    const idNumber = personal.idNumber as string;
    return {
      idNumberSealed: this.cipher.seal(idNumber, SENSITIVE_FIELD_PURPOSES.ID_NUMBER),
      idNumberHash: this.cipher.lookupHash(idNumber, SENSITIVE_FIELD_PURPOSES.ID_NUMBER),
      phoneSealed: personal.phone ? this.cipher.seal(personal.phone, SENSITIVE_FIELD_PURPOSES.PHONE) : null,
    };
  }

  /** The ID number a sealed value holds (for checks of the generated data). */
  openIdNumber(sealed: string): string {
    return this.cipher.open(sealed, SENSITIVE_FIELD_PURPOSES.ID_NUMBER);
  }
}
