import { DEV_AUTH_JWT_SECRET, DEV_GATEWAY_IDENTITY_SECRET } from '@grassroots/auth';
import { GatewayConfigError, loadGatewayConfig } from './gateway-config';

const strong = (c: string) => c.repeat(40);

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadGatewayConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayConfigError);
    return (error as GatewayConfigError).problems;
  }
  throw new Error('expected a configuration error');
}

describe(loadGatewayConfig.name, () => {
  it('has development defaults for everything', () => {
    expect(loadGatewayConfig({})).toMatchObject({
      port: 4000,
      host: '0.0.0.0',
      supergraphPath: 'apps/gateway/supergraph.graphql',
      subgraphUrls: {},
      authJwtSecret: DEV_AUTH_JWT_SECRET,
      gatewayIdentitySecret: DEV_GATEWAY_IDENTITY_SECRET,
      subgraphTimeoutMs: 10_000,
      subgraphConnections: 16,
      logLevel: 'info',
      production: false,
    });
  });

  it('reads every setting, and subgraph URL overrides by name', () => {
    const config = loadGatewayConfig({
      GATEWAY_PORT: '0',
      SUPERGRAPH_PATH: '/etc/grassroots/supergraph.graphql',
      SUBGRAPH_TIMEOUT_MS: '2500',
      SUBGRAPH_CONNECTIONS: '4',
      PERSONNEL_URL: 'http://personnel.internal:4102/graphql',
      ECONOMY_URL: '',
    });
    expect(config).toMatchObject({
      port: 0,
      supergraphPath: '/etc/grassroots/supergraph.graphql',
      subgraphTimeoutMs: 2500,
      subgraphConnections: 4,
      subgraphUrls: { personnel: 'http://personnel.internal:4102/graphql' },
    });
  });

  it('names every bad setting and shows its value', () => {
    const problems = problemsOf({ GATEWAY_PORT: 'eighty', SUBGRAPH_CONNECTIONS: '0', ORGANIZATION_URL: 'ftp://x', LOG_LEVEL: 'loud' });
    expect(problems).toEqual([
      expect.stringMatching(/^GATEWAY_PORT: .* \(got "eighty"\)$/),
      expect.stringMatching(/^SUBGRAPH_CONNECTIONS: .*1.* \(got "0"\)$/),
      expect.stringMatching(/^LOG_LEVEL: /),
      expect.stringMatching(/^ORGANIZATION_URL: must be an http\(s\) URL/),
    ]);
  });

  describe('in production', () => {
    it('requires both secrets', () => {
      expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
        'AUTH_JWT_SECRET: required when NODE_ENV=production',
        'GATEWAY_IDENTITY_SECRET: required when NODE_ENV=production',
      ]);
    });

    it('refuses short secrets, the public development ones, and one secret used twice', () => {
      expect(problemsOf({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'short', GATEWAY_IDENTITY_SECRET: DEV_GATEWAY_IDENTITY_SECRET })).toEqual([
        'AUTH_JWT_SECRET: must be at least 32 characters (got 5)',
        'GATEWAY_IDENTITY_SECRET: is the development default, which is public; set a real secret',
      ]);
      expect(problemsOf({ NODE_ENV: 'production', AUTH_JWT_SECRET: strong('a'), GATEWAY_IDENTITY_SECRET: strong('a') })).toEqual([
        expect.stringMatching(/^GATEWAY_IDENTITY_SECRET: must differ from AUTH_JWT_SECRET/),
      ]);
    });

    it('never shows a secret in a message', () => {
      const message = problemsOf({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'short-secret-value', GATEWAY_IDENTITY_SECRET: strong('b') }).join('\n');
      expect(message).not.toContain('short-secret-value');
    });

    it('accepts two distinct strong secrets', () => {
      const config = loadGatewayConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: strong('a'), GATEWAY_IDENTITY_SECRET: strong('b') });
      expect(config).toMatchObject({ production: true, authJwtSecret: strong('a'), gatewayIdentitySecret: strong('b') });
    });
  });
});
