import { DomainError } from '../errors/domain-error';

// Money is integer fen 分 (1 yuan = 100 fen); never a float.
export type Fen = number & { readonly __brand: 'Fen' };

export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError('BAD_USER_INPUT', `amount ${value} must be a whole number of fen`);
  }
  return value as Fen;
}

export function yuanToFen(yuan: number): Fen {
  return fen(Math.round(yuan * 100));
}

/** Parses "12345.67" (yuan, at most two decimals) into fen without floating-point error. */
export function parseYuan(text: string): Fen {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) {
    throw new DomainError('BAD_USER_INPUT', `"${text}" is not an amount in yuan: use digits with at most two decimals, e.g. 20000.00`);
  }
  const [, sign, whole, decimals = ''] = match;
  const value = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return fen(sign ? -value : value);
}

export function formatYuan(amount: Fen): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
