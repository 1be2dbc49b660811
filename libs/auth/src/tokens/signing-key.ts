import { createSecretKey, type KeyObject } from 'node:crypto';

// A KeyObject rather than bytes: jose's Uint8Array check fails across Jest's realms.
export function signingKey(secret: string, setting: string): KeyObject {
  if (typeof secret !== 'string' || secret.length === 0) throw new Error(`${setting} is empty: a signing secret is required`);
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

// Seconds since the epoch, the unit of JWT time claims.
export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
