import { isServiceCaller, verifyCallerIdentity } from '@grassroots/auth';
import { pino } from 'pino';
import { createGateway } from './gateway.server';
import { composeSupergraph } from './testing/fake-subgraphs';
import { type GatewayFixture, startGatewayFixture } from './testing/gateway-fixture';

const REGION_QUERY = '{ region(code: "421181") { code name memberCount } }';
const TIMEOUT_MS = 800;

describe('gateway resilience', () => {
  describe('a subgraph that never answers', () => {
    let sut: GatewayFixture;

    beforeAll(async () => {
      sut = await startGatewayFixture({ silentPersonnel: true, timeoutMs: TIMEOUT_MS });
    });
    afterAll(() => sut?.stop());

    it('costs at most the timeout, and the rest of the data still arrives', async () => {
      const started = performance.now();
      const { status, body } = await sut.post(REGION_QUERY);
      const elapsed = performance.now() - started;

      expect(elapsed).toBeLessThan(TIMEOUT_MS + 1_500);
      expect(status).toBe(200);
      expect(body.data).toEqual({ region: { code: '421181', name: '地区421181', memberCount: null } });
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('subgraph "personnel" is unavailable'),
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'personnel' },
        }),
      ]);
    });

    it('follows the URL override rather than the supergraph', () => {
      expect(sut.gateway.subgraphUrls.personnel).toBe(sut.silent?.url);
      expect(sut.gateway.subgraphUrls.organization).toBe(sut.organization.url);
    });

    it('is named as not ready, after the timeout', async () => {
      const response = await fetch(`${sut.gateway.url}/health/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: 'unavailable',
        failed: ['personnel'],
        subgraphs: { organization: { status: 'up' }, personnel: { status: 'down', error: expect.stringContaining('did not answer in time') } },
      });
    });
  });

  describe('limits and health', () => {
    let sut: GatewayFixture;

    beforeAll(async () => {
      sut = await startGatewayFixture({ limits: { maxDepth: 4, maxTokens: 200 } });
    });
    afterAll(() => sut?.stop());

    it('refuses an over-deep query with 400 GRAPHQL_VALIDATION_FAILED before calling a subgraph', async () => {
      sut.organization.identities.length = 0;
      const { status, body } = await sut.post('{ region(code: "421181111") { parent { parent { parent { parent { code } } } } } }');
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(sut.organization.identities).toHaveLength(0);
    });

    it('accepts a query at the depth limit', async () => {
      const { status, body } = await sut.post('{ region(code: "421181111") { parent { parent { code } } } }');
      expect(status).toBe(200);
      expect(body.data).toEqual({ region: { parent: { parent: { code: '4211' } } } });
    });

    it('refuses too many aliases', async () => {
      // __typename aliases are free (armor's allow-list), so alias a real field.
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: region(code: "42") { code }`).join(' ');
      const { status, body } = await sut.post(`{ ${aliases} }`);
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('refuses too many tokens with 400 GRAPHQL_PARSE_FAILED', async () => {
      const { status, body } = await sut.post(`{ ${'__typename '.repeat(250)} }`);
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('answers malformed JSON with a GraphQL-shaped 400, not an HTML stack trace', async () => {
      const response = await fetch(`${sut.gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await sut.token()}` },
        body: '{"query": ',
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
    });

    it('is live', async () => {
      const response = await fetch(`${sut.gateway.url}/health/live`);
      expect(response.status).toBe(200);
    });

    it('is ready while every subgraph answers, with the service identity, then names the one that stopped', async () => {
      sut.organization.identities.length = 0;
      const ready = await fetch(`${sut.gateway.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: 'ready',
        subgraphs: { organization: { status: 'up' }, personnel: { status: 'up' } },
      });
      const identity = await verifyCallerIdentity(sut.organization.identities[0], sut.config.gatewayIdentitySecret);
      expect(isServiceCaller(identity)).toBe(true);

      await sut.personnel.stop();
      const notReady = await fetch(`${sut.gateway.url}/health/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({
        status: 'unavailable',
        failed: ['personnel'],
        subgraphs: { organization: { status: 'up' }, personnel: { status: 'down', error: expect.stringContaining('personnel') } },
      });
    });

    it('reports a stopped subgraph as unavailable in query errors too', async () => {
      const { body } = await sut.post(REGION_QUERY);
      expect(body.data).toEqual({ region: { code: '421181', name: '地区421181', memberCount: null } });
      expect(body.errors?.[0]).toMatchObject({
        message: 'subgraph "personnel" is unavailable: connection refused',
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'personnel' },
      });
    });
  });

  describe('connection pool', () => {
    it('keeps to SUBGRAPH_CONNECTIONS sockets per subgraph under concurrent load', async () => {
      const sut = await startGatewayFixture({ connections: 2 });
      try {
        const token = await sut.token();
        const results = await Promise.all(Array.from({ length: 40 }, () => sut.post(REGION_QUERY, { token })));
        expect(results.every(({ status, body }) => status === 200 && !body.errors)).toBe(true);
        expect(sut.organization.connections.size).toBeLessThanOrEqual(2);
        expect(sut.personnel.connections.size).toBeLessThanOrEqual(2);
      } finally {
        await sut.stop();
      }
    });
  });

  describe('start-up', () => {
    it('says so when its port is taken, and leaves nothing running', async () => {
      const sut = await startGatewayFixture();
      try {
        const config = { ...sut.config, port: sut.gateway.port };
        const options = { supergraphSdl: composeSupergraph([sut.organization, sut.personnel]), logger: pino({ level: 'silent' }) };
        await expect(createGateway(config, options)).rejects.toThrow(`GATEWAY_PORT: 127.0.0.1:${sut.gateway.port} is already in use`);
      } finally {
        await sut.stop();
      }
    });
  });

  describe('shutdown', () => {
    it('lets a request in flight finish, then refuses new connections', async () => {
      const sut = await startGatewayFixture({ silentPersonnel: true, timeoutMs: TIMEOUT_MS });
      const inFlight = sut.post(REGION_QUERY);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await sut.stop();

      const { status, body } = await inFlight;
      expect(status).toBe(200);
      expect(body.data).toEqual({ region: { code: '421181', name: '地区421181', memberCount: null } });
      await expect(fetch(`${sut.gateway.url}/health/live`)).rejects.toThrow();
    });
  });
});
