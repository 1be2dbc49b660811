import { DomainError, parseRegionCode } from '@grassroots/kernel';
import { jwtVerify, SignJWT } from 'jose';
import { type Caller } from '../caller/caller';
import { parseRole, type Role } from '../roles/role';
import { callerOfClaims, type CallerClaims } from './caller-claims';
import { jwtFailure } from './jwt-failure';
import { epochSeconds, signingKey } from './signing-key';
import { type TokenTtl, ttlSeconds } from './token-ttl';

export const USER_TOKEN_ISSUER = 'grassroots-idp';
export const USER_TOKEN_AUDIENCE = 'grassroots-gateway';

export type UserTokenClaims = CallerClaims;

export type SignOptions = {
  // Issue as of this instant (tests issue tokens that are already expired).
  now?: Date;
};

/** An HS256 user token signed with AUTH_JWT_SECRET; BAD_USER_INPUT for a bad role, region or ttl. */
export async function signUserToken(
  claims: UserTokenClaims,
  secret: string,
  ttl: TokenTtl,
  options: SignOptions = {},
): Promise<string> {
  const subject = (claims.sub ?? '').trim();
  if (!subject) throw new DomainError('BAD_USER_INPUT', 'a user token needs a subject (sub)');
  if (claims.roles.length === 0) throw new DomainError('BAD_USER_INPUT', 'a user token needs at least one role');
  const roles: Role[] = [...new Set(claims.roles.map(parseRole))];
  const region = parseRegionCode(claims.region, 'region');
  const issuedAt = epochSeconds(options.now ?? new Date());
  return new SignJWT({ ...(claims.name ? { name: claims.name } : {}), roles, region })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuer(USER_TOKEN_ISSUER)
    .setAudience(USER_TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds(ttl))
    .sign(signingKey(secret, 'AUTH_JWT_SECRET'));
}

/** The caller a user token names; UNAUTHENTICATED saying what is wrong with it. */
export async function verifyUserToken(token: string, secret: string): Promise<Caller> {
  const what = 'user token';
  try {
    const { payload } = await jwtVerify(token, signingKey(secret, 'AUTH_JWT_SECRET'), {
      algorithms: ['HS256'],
      issuer: USER_TOKEN_ISSUER,
      audience: USER_TOKEN_AUDIENCE,
      requiredClaims: ['sub', 'exp'],
      clockTolerance: 30,
    });
    // The gateway's own identity uses this subject; no person may borrow it.
    if (payload.sub === 'gateway') throw new DomainError('UNAUTHENTICATED', `${what} may not use the reserved subject "gateway"`);
    return callerOfClaims(payload, what);
  } catch (error) {
    throw jwtFailure(error, what);
  }
}
