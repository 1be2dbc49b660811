import { type Caller, isServiceCaller, signUserToken, verifyCallerIdentity } from '@grassroots/auth';
import { GENERIC_ERROR_MESSAGE } from './graphql/error-masking';
import { SECRET_FAILURE } from './testing/fake-subgraphs';
import { type GatewayFixture, startGatewayFixture } from './testing/gateway-fixture';

const REGION_QUERY = '{ region(code: "421181") { code name memberCount } }';

describe('gateway authentication and federation', () => {
  let sut: GatewayFixture;

  beforeAll(async () => {
    sut = await startGatewayFixture();
  });
  afterAll(() => sut?.stop());

  describe('refuses', () => {
    it('a request without a token: 401 UNAUTHENTICATED and no data', async () => {
      const { status, body, headers } = await sut.post(REGION_QUERY, { token: null });
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
      expect(body.errors?.[0].message).toContain('Authorization: Bearer');
      expect(headers.get('www-authenticate')).toMatch(/^Bearer /);
    });

    it('an Authorization header of another scheme', async () => {
      const { status, body } = await sut.post(REGION_QUERY, { token: null, headers: { authorization: 'Basic dXNlcjpwdw==' } });
      expect(status).toBe(401);
      expect(body.errors?.[0].message).toContain('must be "Bearer <user token>"');
    });

    it('a token signed with another secret', async () => {
      const { status, body } = await sut.post(REGION_QUERY, { token: await signWithOtherSecret() });
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining('bad signature'), extensions: { code: 'UNAUTHENTICATED' } });
    });

    it('an expired token', async () => {
      const expired = await sut.token({}, '1h', new Date(Date.now() - 3 * 3600_000));
      const { status, body } = await sut.post(REGION_QUERY, { token: expired });
      expect(status).toBe(401);
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/expired/), extensions: { code: 'UNAUTHENTICATED' } });
    });

    it('garbage', async () => {
      const { status, body } = await sut.post(REGION_QUERY, { token: 'garbage' });
      expect(status).toBe(401);
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('even introspection without a token', async () => {
      const { status } = await sut.post('{ __schema { queryType { name } } }', { token: null });
      expect(status).toBe(401);
    });
  });

  describe('with a valid token', () => {
    it('answers with data from both subgraphs in one response', async () => {
      const { status, body } = await sut.post(REGION_QUERY);
      expect(status).toBe(200);
      expect(body).toEqual({ data: { region: { code: '421181', name: '地区421181', memberCount: 60 } } });
    });

    it('sends both subgraphs an identity that verifies to the same caller', async () => {
      sut.organization.identities.length = 0;
      sut.personnel.identities.length = 0;
      await sut.post(REGION_QUERY, { token: await sut.token({ sub: 'u-42', name: '王五', roles: ['analyst', 'audit'], region: '421181111' }) });

      expect(sut.organization.identities).toHaveLength(1);
      expect(sut.personnel.identities).toHaveLength(1);
      for (const header of [...sut.organization.identities, ...sut.personnel.identities]) {
        const identity = await verifyCallerIdentity(header, sut.config.gatewayIdentitySecret);
        expect(isServiceCaller(identity)).toBe(false);
        expect(identity).toMatchObject({ subject: 'u-42', name: '王五', roles: ['analyst', 'audit'] });
        expect((identity as Caller).scope.root).toBe('421181111');
      }
    });

    it('never forwards the user token itself', async () => {
      sut.organization.identities.length = 0;
      const token = await sut.token();
      await sut.post(REGION_QUERY, { token });
      expect(sut.organization.identities).not.toContain(token);
      await expect(verifyCallerIdentity(token, sut.config.gatewayIdentitySecret)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('allows introspection, for the schema documentation', async () => {
      const { status, body } = await sut.post('{ __schema { queryType { name } } }');
      expect(status).toBe(200);
      expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });
  });

  describe('errors', () => {
    it('passes a known code through with the subgraph name', async () => {
      const { body } = await sut.post('{ forbidden }');
      expect(body.errors?.[0]).toMatchObject({
        message: 'region 4201 is outside your region scope 421181',
        extensions: { code: 'FORBIDDEN', serviceName: 'organization' },
      });
    });

    it('masks anything else as INTERNAL_SERVER_ERROR and logs it in full', async () => {
      const { body, headers } = await sut.post('{ boom }');
      expect(body.errors).toEqual([
        { message: GENERIC_ERROR_MESSAGE, path: ['boom'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'organization' } },
      ]);
      expect(JSON.stringify(body)).not.toContain('hunter2');
      const requestId = headers.get('x-request-id');
      expect(sut.logs.some((line) => line.includes(SECRET_FAILURE) && line.includes(`"requestId":"${requestId}"`))).toBe(true);
    });
  });

  describe('logs', () => {
    it('carry a request id and never the token', async () => {
      const token = await sut.token({ sub: 'u-log' });
      const { headers } = await sut.post(REGION_QUERY, { token, headers: { 'x-request-id': 'req-log-check-0001' } });
      expect(headers.get('x-request-id')).toBe('req-log-check-0001');
      const line = sut.logs.map((l) => JSON.parse(l)).find((entry) => entry.req?.id === 'req-log-check-0001' && entry.res);
      expect(line).toMatchObject({ req: { headers: { authorization: '[redacted]' } }, res: { statusCode: 200 } });
      expect(sut.logs.join('\n')).not.toContain(token);
      expect(sut.logs.join('\n')).not.toContain(token.split('.')[2]);
    });
  });
});

function signWithOtherSecret(): Promise<string> {
  return signUserToken({ sub: 'u-x', roles: ['sysadmin'], region: '42' }, 'an-attacker-chosen-secret-of-any-length', '1h');
}
