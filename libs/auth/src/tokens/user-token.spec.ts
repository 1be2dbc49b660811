import { DomainError } from '@grassroots/kernel';
import { SignJWT } from 'jose';
import { createSecretKey } from 'node:crypto';
import { signUserToken, type UserTokenClaims, verifyUserToken } from './user-token';

const SECRET = 'user-token-spec-secret-0123456789abcdef';
const claims = (overrides: Partial<UserTokenClaims> = {}): UserTokenClaims => ({
  sub: 'u-1001',
  name: '张三',
  roles: ['analyst'],
  region: '421181',
  ...overrides,
});

// Signs arbitrary claims with the right key, issuer and audience: what a buggy IdP might send.
const rawToken = (payload: Record<string, unknown>, secret = SECRET) =>
  new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('u-1')
    .setIssuer('grassroots-idp')
    .setAudience('grassroots-gateway')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(createSecretKey(Buffer.from(secret)));

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('user token', () => {
  it('round-trips a caller with roles, name and region scope', async () => {
    const token = await signUserToken(claims({ roles: ['discipline', 'audit'] }), SECRET, '12h');
    const caller = await verifyUserToken(token, SECRET);
    expect(caller).toMatchObject({ subject: 'u-1001', name: '张三', roles: ['discipline', 'audit'] });
    expect(caller.scope.root).toBe('421181');
  });

  it.each(['42', '4211', '421181', '421181111', '421181111201'])('accepts a %s-style region', async (region) => {
    const caller = await verifyUserToken(await signUserToken(claims({ region }), SECRET, 60), SECRET);
    expect(caller.scope.root).toBe(region);
  });

  it('canonicalises a padded 12-digit region to its level', async () => {
    const caller = await verifyUserToken(await signUserToken(claims({ region: '421181000000' }), SECRET, 60), SECRET);
    expect(caller.scope.root).toBe('421181');
  });

  it('omits an absent name', async () => {
    const caller = await verifyUserToken(await signUserToken(claims({ name: undefined }), SECRET, '1m'), SECRET);
    expect(caller).not.toHaveProperty('name');
  });

  it('refuses an expired token, saying so', async () => {
    const token = await signUserToken(claims(), SECRET, '1h', { now: new Date(Date.now() - 2 * 3600_000) });
    const error = await failure(verifyUserToken(token, SECRET));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/^user token expired at \d{4}-/);
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signUserToken(claims(), 'another-secret-of-some-length-00000000', '1h');
    const error = await failure(verifyUserToken(token, SECRET));
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'signature' } });
    expect(error.message).toContain('bad signature');
  });

  it('refuses a token for another audience', async () => {
    const token = await new SignJWT({ roles: ['analyst'], region: '421181' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-1')
      .setIssuer('grassroots-idp')
      .setAudience('somewhere-else')
      .setExpirationTime('5m')
      .sign(createSecretKey(Buffer.from(SECRET)));
    const error = await failure(verifyUserToken(token, SECRET));
    expect(error.message).toContain('"aud"');
  });

  it('refuses an unknown role, naming it', async () => {
    const error = await failure(verifyUserToken(await rawToken({ roles: ['analyst', 'root'], region: '421181' }), SECRET));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toContain('unknown role "root"');
  });

  it('refuses a token without roles', async () => {
    const error = await failure(verifyUserToken(await rawToken({ roles: [], region: '421181' }), SECRET));
    expect(error.message).toContain('carries no roles');
  });

  it.each(['4211811', 'abc', '', '1234567890'])('refuses the bad region code "%s"', async (region) => {
    const error = await failure(verifyUserToken(await rawToken({ roles: ['analyst'], region }), SECRET));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toContain(`region "${region}" is not a region code`);
  });

  it('refuses a token without a region', async () => {
    const error = await failure(verifyUserToken(await rawToken({ roles: ['analyst'] }), SECRET));
    expect(error.message).toContain('no region claim');
  });

  it('refuses garbage as malformed', async () => {
    const error = await failure(verifyUserToken('not.a.jwt', SECRET));
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', details: { reason: 'malformed' } });
  });

  it('refuses an unsigned (alg none) token', async () => {
    const body = Buffer.from(JSON.stringify({ sub: 'u-1', roles: ['sysadmin'], region: '42' })).toString('base64url');
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const error = await failure(verifyUserToken(`${header}.${body}.`, SECRET));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the subject reserved for the gateway', async () => {
    const error = await failure(verifyUserToken(await signUserToken(claims({ sub: 'gateway' }), SECRET, 60), SECRET));
    expect(error.message).toContain('reserved subject');
  });

  describe('signing', () => {
    it('refuses an unknown role, a bad region and a bad ttl with BAD_USER_INPUT', async () => {
      const badRole = claims({ roles: ['root' as never] });
      await expect(signUserToken(badRole, SECRET, '1h')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(signUserToken(claims({ region: '4211811' }), SECRET, '1h')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(signUserToken(claims(), SECRET, '12 hours')).rejects.toThrow(/token lifetime "12 hours"/);
      await expect(signUserToken(claims({ roles: [] }), SECRET, '1h')).rejects.toThrow(/at least one role/);
    });

    it('refuses an empty secret', async () => {
      await expect(signUserToken(claims(), '', '1h')).rejects.toThrow(/AUTH_JWT_SECRET is empty/);
    });
  });
});
