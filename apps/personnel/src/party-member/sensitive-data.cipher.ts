import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

// Personal data at rest (等保 / GB/T 39786): SM4-CTR for secrecy, HMAC-SM3 over the ciphertext for
// integrity (encrypt-then-MAC, separate keys; Node's OpenSSL has no SM4-GCM), and a keyed SM3
// hash beside it so an exact value can be looked up without decrypting every row.
const VERSION = 'v1';
const IV_BYTES = 16;
const TAG_BYTES = 32;
const SALT = Buffer.from('grassroots.personnel.sensitive-data', 'utf8');

export class SensitiveDataIntegrityError extends Error {
  constructor(purpose: string) {
    super(`sealed ${purpose} failed its integrity check: the stored value was altered or sealed with another key`);
    this.name = 'SensitiveDataIntegrityError';
  }
}

export class SensitiveDataCipher {
  private constructor(
    private readonly encryptionKey: Buffer,
    private readonly macKey: Buffer,
    private readonly lookupKey: Buffer,
  ) {}

  /** Derives the three keys from one master key (32 bytes or more) with HKDF-SM3. */
  static fromMasterKey(master: Buffer): SensitiveDataCipher {
    if (master.length < 32) throw new Error(`the personal-data master key must be at least 32 bytes, got ${master.length}`);
    const derive = (info: string, length: number) => Buffer.from(hkdfSync('sm3', master, SALT, info, length));
    return new SensitiveDataCipher(derive('sm4-ctr encryption', 16), derive('hmac-sm3 authentication', 32), derive('hmac-sm3 lookup', 32));
  }

  /**
   * `v1.<base64url(iv | ciphertext | tag)>`. `purpose` (e.g. `id-number`) is authenticated too, so
   * a value sealed for one column does not open as another.
   */
  seal(plaintext: string, purpose: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('sm4-ctr', this.encryptionKey, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = this.tag(purpose, iv, ciphertext);
    return `${VERSION}.${Buffer.concat([iv, ciphertext, tag]).toString('base64url')}`;
  }

  /** The plaintext, after the tag is verified; SensitiveDataIntegrityError when it is not. */
  open(sealed: string, purpose: string): string {
    const [version, body] = sealed.split('.', 2);
    const bytes = version === VERSION && body ? Buffer.from(body, 'base64url') : Buffer.alloc(0);
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new SensitiveDataIntegrityError(purpose);
    const iv = bytes.subarray(0, IV_BYTES);
    const ciphertext = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
    const tag = bytes.subarray(bytes.length - TAG_BYTES);
    if (!timingSafeEqual(tag, this.tag(purpose, iv, ciphertext))) throw new SensitiveDataIntegrityError(purpose);
    const decipher = createDecipheriv('sm4-ctr', this.encryptionKey, iv);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  }

  /** Deterministic keyed hash (HMAC-SM3, hex) of a canonical value, for exact-match lookup. */
  lookupHash(value: string, purpose: string): string {
    return createHmac('sm3', this.lookupKey).update(`${purpose}\u0000${value}`, 'utf8').digest('hex');
  }

  private tag(purpose: string, iv: Buffer, ciphertext: Buffer): Buffer {
    return createHmac('sm3', this.macKey).update(`${VERSION}\u0000${purpose}\u0000`, 'utf8').update(iv).update(ciphertext).digest();
  }
}
