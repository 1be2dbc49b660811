import { type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { type CallerIdentity, GATEWAY_SERVICE_CALLER, isServiceCaller } from '../caller/caller';
import { callerOfClaims, claimsOfCaller } from './caller-claims';
import { jwtFailure, unauthenticated } from './jwt-failure';
import { signingKey } from './signing-key';

/** The header that carries the gateway's signed identity of the caller to every subgraph. */
export const CALLER_IDENTITY_HEADER = 'x-grassroots-caller';
export const CALLER_IDENTITY_ISSUER = 'grassroots-gateway';
export const CALLER_IDENTITY_AUDIENCE = 'grassroots-subgraph';
export const CALLER_IDENTITY_TTL_SECONDS = 60;

/**
 * A short-lived token, signed with GATEWAY_IDENTITY_SECRET (never the user-token secret), that
 * tells a subgraph who the gateway has authenticated. The service identity carries `svc`.
 */
export async function signCallerIdentity(identity: CallerIdentity, secret: string): Promise<string> {
  return new SignJWT(identityPayload(identity))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(identity.subject)
    .setIssuer(CALLER_IDENTITY_ISSUER)
    .setAudience(CALLER_IDENTITY_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${CALLER_IDENTITY_TTL_SECONDS}s`)
    .sign(signingKey(secret, 'GATEWAY_IDENTITY_SECRET'));
}

/** The identity in `x-grassroots-caller`; UNAUTHENTICATED for a user token or anything unsigned. */
export async function verifyCallerIdentity(token: string, secret: string): Promise<CallerIdentity> {
  const what = 'caller identity';
  try {
    const { payload } = await jwtVerify(token, signingKey(secret, 'GATEWAY_IDENTITY_SECRET'), {
      algorithms: ['HS256'],
      issuer: CALLER_IDENTITY_ISSUER,
      audience: CALLER_IDENTITY_AUDIENCE,
      requiredClaims: ['sub', 'exp', 'iat'],
      maxTokenAge: `${CALLER_IDENTITY_TTL_SECONDS}s`,
      clockTolerance: 5,
    });
    if (payload.svc === undefined) return callerOfClaims(payload, what);
    if (payload.svc !== true || payload.sub !== GATEWAY_SERVICE_CALLER.subject || 'roles' in payload || 'region' in payload) {
      throw unauthenticated(`${what} is a malformed service identity`, 'service');
    }
    return GATEWAY_SERVICE_CALLER;
  } catch (error) {
    throw jwtFailure(error, what);
  }
}

function identityPayload(identity: CallerIdentity): JWTPayload {
  if (isServiceCaller(identity)) return { svc: true };
  const { name, roles, region } = claimsOfCaller(identity);
  return name ? { name, roles, region } : { roles, region };
}
