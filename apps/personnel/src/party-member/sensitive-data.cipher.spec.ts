import { createHash, randomBytes } from 'node:crypto';
import { SensitiveDataCipher, SensitiveDataIntegrityError } from './sensitive-data.cipher';

const MASTER = Buffer.from('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'hex');
const ID = '421181198503120012';

describe(SensitiveDataCipher.name, () => {
  const sut = SensitiveDataCipher.fromMasterKey(MASTER);

  it('round-trips text, including Chinese', () => {
    expect(sut.open(sut.seal(ID, 'id-number'), 'id-number')).toBe(ID);
    expect(sut.open(sut.seal('黄土岗镇堰头垸村', 'address'), 'address')).toBe('黄土岗镇堰头垸村');
    expect(sut.open(sut.seal('', 'phone'), 'phone')).toBe('');
  });

  it('seals the same value differently each time (random IV) and never shows the plaintext', () => {
    const first = sut.seal(ID, 'id-number');
    const second = sut.seal(ID, 'id-number');
    expect(first).not.toBe(second);
    expect(first).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(first).not.toContain('19850312');
    expect(Buffer.from(first.slice(3), 'base64url').toString('latin1')).not.toContain('19850312');
  });

  it('detects a flipped bit in the ciphertext, IV or tag before decrypting', () => {
    const sealed = sut.seal(ID, 'id-number');
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    for (const position of [0, 16, 20, bytes.length - 1]) {
      const tampered = Buffer.from(bytes);
      tampered[position] ^= 0x01;
      expect(() => sut.open(`v1.${tampered.toString('base64url')}`, 'id-number')).toThrow(SensitiveDataIntegrityError);
    }
  });

  it('refuses a value sealed for another purpose, another key, or a malformed value', () => {
    const sealed = sut.seal(ID, 'id-number');
    expect(() => sut.open(sealed, 'phone')).toThrow(SensitiveDataIntegrityError);
    expect(() => SensitiveDataCipher.fromMasterKey(randomBytes(32)).open(sealed, 'id-number')).toThrow(SensitiveDataIntegrityError);
    expect(() => sut.open('v2.' + sealed.slice(3), 'id-number')).toThrow(SensitiveDataIntegrityError);
    expect(() => sut.open('v1.', 'id-number')).toThrow(SensitiveDataIntegrityError);
    expect(() => sut.open(sealed.slice(0, 40), 'id-number')).toThrow(SensitiveDataIntegrityError);
  });

  it('gives a deterministic keyed lookup hash per key and purpose', () => {
    const hash = sut.lookupHash(ID, 'id-number');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(SensitiveDataCipher.fromMasterKey(Buffer.from(MASTER)).lookupHash(ID, 'id-number')).toBe(hash);
    expect(sut.lookupHash('421181198503120029', 'id-number')).not.toBe(hash);
    expect(sut.lookupHash(ID, 'phone')).not.toBe(hash);
    expect(SensitiveDataCipher.fromMasterKey(randomBytes(32)).lookupHash(ID, 'id-number')).not.toBe(hash);
  });

  it('derives separate keys: the lookup hash is not a plain SM3 of the value', () => {
    expect(sut.lookupHash(ID, 'id-number')).not.toBe(createHash('sm3').update(ID).digest('hex'));
  });

  it('refuses a master key shorter than 32 bytes', () => {
    expect(() => SensitiveDataCipher.fromMasterKey(randomBytes(31))).toThrow(/at least 32 bytes/);
  });
});
