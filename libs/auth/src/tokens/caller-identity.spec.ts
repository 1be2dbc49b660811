import { DomainError, RegionScope } from '@grassroots/kernel';
import { type Caller, GATEWAY_SERVICE_CALLER, isServiceCaller } from '../caller/caller';
import { signCallerIdentity, verifyCallerIdentity } from './caller-identity';
import { signUserToken } from './user-token';

const USER_SECRET = 'user-token-secret-for-identity-spec-000';
const IDENTITY_SECRET = 'gateway-identity-secret-for-spec-00000';
const caller: Caller = { subject: 'u-7', name: '李四', roles: ['township-officer'], scope: RegionScope.of('421181111') };

describe('caller identity', () => {
  it('round-trips a user caller', async () => {
    const token = await signCallerIdentity(caller, IDENTITY_SECRET);
    const identity = await verifyCallerIdentity(token, IDENTITY_SECRET);
    expect(isServiceCaller(identity)).toBe(false);
    expect(identity).toMatchObject({ subject: 'u-7', name: '李四', roles: ['township-officer'] });
    expect((identity as Caller).scope.root).toBe('421181111');
  });

  it('round-trips the gateway service identity, with no roles and no scope', async () => {
    const identity = await verifyCallerIdentity(await signCallerIdentity(GATEWAY_SERVICE_CALLER, IDENTITY_SECRET), IDENTITY_SECRET);
    expect(identity).toEqual(GATEWAY_SERVICE_CALLER);
    expect(isServiceCaller(identity)).toBe(true);
  });

  it('lives for 60 seconds', async () => {
    const token = await signCallerIdentity(caller, IDENTITY_SECRET);
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    expect(payload.exp - payload.iat).toBe(60);
    expect(payload).toMatchObject({ iss: 'grassroots-gateway', aud: 'grassroots-subgraph', region: '421181111' });
  });

  it('refuses a user token sent straight to a subgraph', async () => {
    const userToken = await signUserToken({ sub: 'u-7', roles: ['sysadmin'], region: '42' }, USER_SECRET, '1h');
    await expect(verifyCallerIdentity(userToken, IDENTITY_SECRET)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringContaining('bad signature'),
    });
  });

  it('refuses a user token even when both secrets are (wrongly) the same', async () => {
    const userToken = await signUserToken({ sub: 'u-7', roles: ['sysadmin'], region: '42' }, IDENTITY_SECRET, '1h');
    const error = await verifyCallerIdentity(userToken, IDENTITY_SECRET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('UNAUTHENTICATED');
  });

  it('refuses an identity signed with another secret', async () => {
    const token = await signCallerIdentity(caller, 'some-other-identity-secret-0000000000');
    await expect(verifyCallerIdentity(token, IDENTITY_SECRET)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
