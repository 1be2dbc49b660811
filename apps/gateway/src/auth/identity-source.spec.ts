import { GATEWAY_SERVICE_CALLER, isServiceCaller, verifyCallerIdentity } from '@grassroots/auth';
import { identitySource } from './identity-source';

const SECRET = 'identity-source-spec-secret-000000000000';

describe(identitySource.name, () => {
  it('signs once and reuses the token while it has time left', async () => {
    let now = 1_000_000;
    const sut = identitySource(GATEWAY_SERVICE_CALLER, SECRET, () => now);
    const first = await sut();
    now += 30_000;
    expect(await sut()).toBe(first);
    expect(isServiceCaller(await verifyCallerIdentity(first, SECRET))).toBe(true);
  });

  it('re-signs when less than 20 seconds are left', async () => {
    let now = 1_000_000;
    const sut = identitySource(GATEWAY_SERVICE_CALLER, SECRET, () => now);
    const first = sut();
    now += 41_000;
    expect(sut()).not.toBe(first);
  });

  it('does not keep a failed signing', async () => {
    const sut = identitySource(GATEWAY_SERVICE_CALLER, '');
    const failed = sut();
    await expect(failed).rejects.toThrow(/GATEWAY_IDENTITY_SECRET is empty/);
    const retried = sut();
    expect(retried).not.toBe(failed);
    await expect(retried).rejects.toThrow();
  });

  it('re-uses the token across calls of one request', () => {
    const sut = identitySource(GATEWAY_SERVICE_CALLER, SECRET);
    expect(sut()).toBe(sut());
  });
});
