import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type Caller, mayReadSensitive } from '@grassroots/auth';
import { parseId } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole, type SubgraphContext, userCallerOf } from '@grassroots/subgraph';
import { SensitiveDataCipher } from './sensitive-data.cipher';
import { loadPersonnelDataKey } from './sensitive-data.config';
import { type SensitiveField, type SensitiveRead, type SensitiveSubject } from './sensitive-read.entity';
import { SensitiveReadRepository } from './sensitive-read.repository';
import { maskIdNumber, maskPhone } from './sensitive-mask.util';

/** A sealed personal value and whose it is, carried on API objects (never in the schema). */
export type SealedField = {
  field: SensitiveField;
  subjectType: SensitiveSubject;
  subjectId: string;
  regionCode: string;
  sealed: string;
};

/** What each field is sealed and hashed for: authenticated with the value, so one field's seal never opens as another. */
export const SENSITIVE_FIELD_PURPOSES: Readonly<Record<SensitiveField, string>> = { ID_NUMBER: 'id-number', PHONE: 'phone' };
const MASK: Record<SensitiveField, (value: string) => string> = { ID_NUMBER: maskIdNumber, PHONE: maskPhone };
const RECORDER = 'personnel:sensitive-read';

export const SENSITIVE_DATA_CIPHER = Symbol('SENSITIVE_DATA_CIPHER');

/** The cipher keyed from PERSONNEL_DATA_KEY (development key outside production). */
export const sensitiveDataCipherProvider = {
  provide: SENSITIVE_DATA_CIPHER,
  useFactory: () => SensitiveDataCipher.fromMasterKey(loadPersonnelDataKey(process.env)),
};

@Injectable()
export class SensitiveFieldService {
  constructor(
    @Inject(SENSITIVE_DATA_CIPHER) private readonly cipher: SensitiveDataCipher,
    private readonly reads: SensitiveReadRepository,
  ) {}

  seal(field: SensitiveField, value: string): string {
    return this.cipher.seal(value, SENSITIVE_FIELD_PURPOSES[field]);
  }

  /** Opens a sealed value for the server's own use (copying it to a new record); never for a response. */
  openForCopy(field: SensitiveField, sealed: string): string {
    return this.cipher.open(sealed, SENSITIVE_FIELD_PURPOSES[field]);
  }

  /** The keyed hash stored beside a canonical ID number, for exact lookup. */
  idNumberHash(idNumber: string): string {
    return this.cipher.lookupHash(idNumber, SENSITIVE_FIELD_PURPOSES.ID_NUMBER);
  }

  /**
   * The value masked (`421181********1234`, `138****5678`), or in clear for a caller who may read
   * personal data, once the read is recorded: all reads of a request go in one INSERT, and a
   * value is never shown if its record could not be written.
   */
  async reveal(context: SubgraphContext, value: SealedField | null): Promise<string | null> {
    if (!value) return null;
    const caller = userCallerOf(context);
    const plain = this.cipher.open(value.sealed, SENSITIVE_FIELD_PURPOSES[value.field]);
    if (!mayReadSensitive(caller)) return MASK[value.field](plain);
    await this.recorder(context, caller).load(JSON.stringify([value.subjectType, value.subjectId, value.field, value.regionCode]));
    return plain;
  }

  /**
   * Records that a person was found from an ID number (field ID_LOOKUP): learning who holds a
   * number discloses it whatever fields the caller then asks for. One row per lookup.
   */
  async recordIdLookup(caller: Caller, subject: { subjectType: SensitiveSubject; subjectId: string; regionCode: string }): Promise<void> {
    const row = { ...subject, field: 'ID_LOOKUP' as const, readAt: new Date(), readerSubject: caller.subject, readerRoles: caller.roles.join(',') };
    await this.reads.recordAll(caller.scope, [row]);
  }

  /** The log of unmasked reads, latest first; for the audit administrator (level-3 protection). */
  readLog(caller: Caller, filter: { within?: string | null; subjectId?: string | null }, page: PageRequest): Promise<Page<SensitiveRead>> {
    requireRole(caller, 'Reading the sensitive-read log', 'auditadmin');
    const scope = caller.scope.narrowTo(filter.within);
    const where = filter.subjectId ? { subjectId: parseId(filter.subjectId, 'subjectId') } : {};
    return this.reads.page(scope, where, page, { readAt: 'desc', id: 'desc' });
  }

  // One loader per request without a batch cap, so a whole response's reads are one statement.
  private recorder(context: SubgraphContext, caller: Caller): DataLoader<string, true> {
    let loader = context.loaders.get(RECORDER) as DataLoader<string, true> | undefined;
    if (!loader) {
      loader = new DataLoader<string, true>(async (keys) => {
        const readAt = new Date();
        const rows = keys.map((key) => {
          const [subjectType, subjectId, field, regionCode] = JSON.parse(key) as [SensitiveSubject, string, SensitiveField, string];
          return { subjectType, subjectId, field, regionCode, readAt, readerSubject: caller.subject, readerRoles: caller.roles.join(',') };
        });
        await this.reads.recordAll(caller.scope, rows);
        return keys.map(() => true as const);
      });
      context.loaders.set(RECORDER, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
