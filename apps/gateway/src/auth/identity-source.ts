import { CALLER_IDENTITY_TTL_SECONDS, type CallerIdentity, signCallerIdentity } from '@grassroots/auth';

// Re-sign when less than this is left, so a token never expires on its way to a subgraph.
const REFRESH_MARGIN_MS = 20_000;

/** A source of signed identity tokens for one caller, reused while comfortably valid. */
export function identitySource(identity: CallerIdentity, secret: string, now: () => number = Date.now): () => Promise<string> {
  let current: { token: Promise<string>; expiresAt: number } | undefined;
  return () => {
    const at = now();
    if (!current || current.expiresAt - at < REFRESH_MARGIN_MS) {
      const token = signCallerIdentity(identity, secret);
      // A failed signing must not be cached.
      token.catch(() => (current = undefined));
      current = { token, expiresAt: at + CALLER_IDENTITY_TTL_SECONDS * 1000 };
    }
    return current.token;
  };
}
