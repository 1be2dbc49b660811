import { DEV_PERSONNEL_DATA_KEY, loadPersonnelDataKey } from './sensitive-data.config';

const HEX = 'a'.repeat(64);

describe(loadPersonnelDataKey.name, () => {
  it('uses the development key when unset outside production', () => {
    expect(loadPersonnelDataKey({})).toBe(DEV_PERSONNEL_DATA_KEY);
    expect(loadPersonnelDataKey({ NODE_ENV: 'test', PERSONNEL_DATA_KEY: '  ' })).toBe(DEV_PERSONNEL_DATA_KEY);
  });

  it('reads hex and base64 (standard or url-safe)', () => {
    expect(loadPersonnelDataKey({ PERSONNEL_DATA_KEY: HEX })).toEqual(Buffer.alloc(32, 0xaa));
    const bytes = Buffer.from(Array.from({ length: 48 }, (_, index) => index * 5));
    expect(loadPersonnelDataKey({ PERSONNEL_DATA_KEY: bytes.toString('base64') })).toEqual(bytes);
    expect(loadPersonnelDataKey({ PERSONNEL_DATA_KEY: bytes.toString('base64url') })).toEqual(bytes);
  });

  it('refuses a missing key in production', () => {
    expect(() => loadPersonnelDataKey({ NODE_ENV: 'production' })).toThrow(/required in production/);
  });

  it('refuses the development key in production', () => {
    expect(() => loadPersonnelDataKey({ NODE_ENV: 'production', PERSONNEL_DATA_KEY: DEV_PERSONNEL_DATA_KEY.toString('hex') })).toThrow(
      /development key/,
    );
    expect(loadPersonnelDataKey({ NODE_ENV: 'production', PERSONNEL_DATA_KEY: HEX })).toHaveLength(32);
  });

  it.each([
    ['too short hex', 'ab'.repeat(31)],
    ['too short base64', Buffer.alloc(16).toString('base64')],
    ['not an encoding', 'this is not a key!'],
  ])('refuses %s', (_case, value) => {
    expect(() => loadPersonnelDataKey({ PERSONNEL_DATA_KEY: value })).toThrow(/at least 32 bytes/);
  });
});
