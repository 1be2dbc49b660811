export * from './caller/caller';
export * from './caller/caller-access';
export * from './roles/role';
export { CALLER_IDENTITY_AUDIENCE, CALLER_IDENTITY_HEADER, CALLER_IDENTITY_ISSUER, CALLER_IDENTITY_TTL_SECONDS, signCallerIdentity, verifyCallerIdentity } from './tokens/caller-identity';
export { type TokenTtl, ttlSeconds } from './tokens/token-ttl';
export { signUserToken, type SignOptions, USER_TOKEN_AUDIENCE, USER_TOKEN_ISSUER, type UserTokenClaims, verifyUserToken } from './tokens/user-token';
export * from './tokens/development-secrets';
export * from './caller/personal-data-masking';
