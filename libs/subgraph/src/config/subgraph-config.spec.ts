import { DEV_GATEWAY_IDENTITY_SECRET } from '@grassroots/auth';
import { loadSubgraphConfig } from './subgraph-config';

describe(loadSubgraphConfig.name, () => {
  it('works with no settings in development, on the default port and local database', () => {
    const sut = loadSubgraphConfig('personnel', {});
    expect(sut).toMatchObject({
      service: 'personnel',
      port: 4102,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/grassroots_personnel',
      kafkaBrokers: ['127.0.0.1:9092'],
      gatewayIdentitySecret: DEV_GATEWAY_IDENTITY_SECRET,
      migrateOnStart: true,
    });
  });

  it('takes the per-service database URL and port', () => {
    const sut = loadSubgraphConfig('economy', { ECONOMY_DATABASE_URL: 'postgres://u@db:5433/eco', ECONOMY_PORT: '5005', KAFKA_BROKERS: 'k1:9092,k2:9092' });
    expect(sut).toMatchObject({ databaseUrl: 'postgres://u@db:5433/eco', port: 5005, kafkaBrokers: ['k1:9092', 'k2:9092'] });
  });

  it('names every bad setting at once', () => {
    expect(() => loadSubgraphConfig('governance', { GOVERNANCE_PORT: 'eighty', KAFKA_BROKERS: 'no-port', LOG_LEVEL: 'loud' })).toThrow(
      /governance subgraph: invalid configuration[\s\S]*GOVERNANCE_PORT[\s\S]*KAFKA_BROKERS: must be host:port[\s\S]*LOG_LEVEL/,
    );
  });

  it('requires a real identity secret in production', () => {
    expect(() => loadSubgraphConfig('organization', { NODE_ENV: 'production' })).toThrow(/GATEWAY_IDENTITY_SECRET: is required in production/);
    expect(() => loadSubgraphConfig('organization', { NODE_ENV: 'production', GATEWAY_IDENTITY_SECRET: DEV_GATEWAY_IDENTITY_SECRET })).toThrow(
      /must not be the development secret/,
    );
    expect(loadSubgraphConfig('organization', { NODE_ENV: 'production', GATEWAY_IDENTITY_SECRET: 'x'.repeat(40) }).production).toBe(true);
  });
});
