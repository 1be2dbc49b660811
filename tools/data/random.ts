import { createHash } from 'node:crypto';

// Deterministic randomness for demo data: the same seed gives the same county every time.
export type Random = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
};

/**
 * sfc32 (128-bit state) seeded from the SHA-256 digest of a string (e.g. a region code plus a
 * purpose). A 32-bit seed hash made two villages draw the same ids once a city had thousands of
 * streams; with 128 bits from SHA-256 distinct seeds do not meet.
 */
export function seededRandom(seed: string): Random {
  const digest = createHash('sha256').update(seed, 'utf8').digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  const step = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs still echo the seed: skip a few, as sfc32's author advises.
  for (let index = 0; index < 12; index++) step();
  const next = () => step() / 4294967296;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
  };
}

const word = (random: Random) => Math.floor(random.next() * 4294967296).toString(16).padStart(8, '0');

/** A stable uuid-shaped id (version 4 layout) from a seeded stream: 122 random bits. */
export function seededId(random: Random): string {
  const text = word(random) + word(random) + word(random) + word(random);
  const variant = '89ab'[parseInt(text[16], 16) & 0x3];
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-4${text.slice(13, 16)}-${variant}${text.slice(17, 20)}-${text.slice(20)}`;
}
