// The master key for personal data. It belongs with the other subgraph settings
// (libs/subgraph's loadSubgraphConfig); it lives here until that config grows per-service keys.
export const PERSONNEL_DATA_KEY_VARIABLE = 'PERSONNEL_DATA_KEY';

/** Used when PERSONNEL_DATA_KEY is unset outside production; refused in production. */
export const DEV_PERSONNEL_DATA_KEY = Buffer.from('development-only-personnel-data-key-change-me', 'utf8');

/**
 * The master key from PERSONNEL_DATA_KEY: hex (64 or more digits) or base64 of 32 bytes or more.
 * In production (NODE_ENV=production) it is required and may not be the development key.
 */
export function loadPersonnelDataKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const production = env.NODE_ENV === 'production';
  const text = (env[PERSONNEL_DATA_KEY_VARIABLE] ?? '').trim();
  if (!text) {
    if (production) throw new Error(`${PERSONNEL_DATA_KEY_VARIABLE} is required in production: 32 or more random bytes, hex or base64`);
    return DEV_PERSONNEL_DATA_KEY;
  }
  const key = /^([0-9a-fA-F]{2})+$/.test(text) ? Buffer.from(text, 'hex') : decodeBase64(text);
  if (!key || key.length < 32) {
    throw new Error(`${PERSONNEL_DATA_KEY_VARIABLE} must be hex or base64 of at least 32 bytes (got ${key ? key.length : 'undecodable'} bytes)`);
  }
  if (production && key.equals(DEV_PERSONNEL_DATA_KEY)) {
    throw new Error(`${PERSONNEL_DATA_KEY_VARIABLE} must not be the development key in production`);
  }
  return key;
}

function decodeBase64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null;
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}
