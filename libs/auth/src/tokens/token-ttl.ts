import { DomainError } from '@grassroots/kernel';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A token lifetime: whole seconds (number or digits), or `90s`, `15m`, `12h`, `7d`. */
export type TokenTtl = number | string;

/** Seconds in `ttl`; BAD_USER_INPUT unless it is a positive whole duration. */
export function ttlSeconds(ttl: TokenTtl): number {
  const match = typeof ttl === 'number' ? null : /^(\d+)([smhd]?)$/.exec(ttl.trim());
  const seconds = typeof ttl === 'number' ? ttl : match ? Number(match[1]) * UNIT_SECONDS[match[2] || 's'] : NaN;
  if (!Number.isSafeInteger(seconds) || seconds <= 0) {
    throw new DomainError('BAD_USER_INPUT', `token lifetime "${ttl}" is not valid: use seconds or a number with s, m, h or d (e.g. 12h)`, {
      ttl: String(ttl),
    });
  }
  return seconds;
}
