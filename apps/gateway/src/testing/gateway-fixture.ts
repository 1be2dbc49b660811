import { signUserToken, type UserTokenClaims } from '@grassroots/auth';
import { loadGatewayConfig, type GatewayConfig } from '../config/gateway-config';
import { createGateway, type RunningGateway } from '../gateway.server';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../graphql/query-limits';
import { createGatewayLogger } from '../logging/gateway-logger';
import { composeSupergraph, type FakeSubgraph, MEMBER_TYPE_DEFS, startMemberSubgraph, startRegionSubgraph, startSilentSubgraph } from './fake-subgraphs';

export type GraphqlResult = {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
};

export type GatewayFixture = {
  gateway: RunningGateway;
  config: GatewayConfig;
  organization: FakeSubgraph;
  personnel: FakeSubgraph;
  // The never-answering server standing in for personnel, when asked for.
  silent?: FakeSubgraph;
  logs: string[];
  token(claims?: Partial<UserTokenClaims>, ttl?: string, now?: Date): Promise<string>;
  // `token: null` sends no Authorization header.
  post(query: string, options?: { token?: string | null; headers?: Record<string, string> }): Promise<GraphqlResult>;
  stop(): Promise<void>;
};

export type GatewayFixtureOptions = {
  // Route personnel to a server that never answers (through the URL override map).
  silentPersonnel?: boolean;
  timeoutMs?: number;
  connections?: number;
  limits?: Partial<QueryLimits>;
};

export const TEST_CLAIMS: UserTokenClaims = { sub: 'u-test', name: '测试用户', roles: ['organization-dept'], region: '421181' };

/** Two fake subgraphs composed into a supergraph, and the gateway in front of them on port 0. */
export async function startGatewayFixture(options: GatewayFixtureOptions = {}): Promise<GatewayFixture> {
  const [organization, personnel] = await Promise.all([startRegionSubgraph(), startMemberSubgraph()]);
  const silent = options.silentPersonnel ? await startSilentSubgraph('personnel', MEMBER_TYPE_DEFS) : undefined;
  const env = { GATEWAY_PORT: '0', GATEWAY_HOST: '127.0.0.1', SUBGRAPH_TIMEOUT_MS: String(options.timeoutMs ?? 10_000), SUBGRAPH_CONNECTIONS: String(options.connections ?? 16) };
  const base = loadGatewayConfig({ ...env, ...(silent ? { PERSONNEL_URL: silent.url } : {}) });
  const config: GatewayConfig = { ...base, limits: { ...DEFAULT_QUERY_LIMITS, ...options.limits } };
  const logs: string[] = [];
  const logger = createGatewayLogger('info', { write: (line: string) => void logs.push(line) });
  const gateway = await createGateway(config, {
    supergraphSdl: composeSupergraph([organization, personnel]),
    logger,
    drainGraceMs: 1_000,
  });

  const token = (claims: Partial<UserTokenClaims> = {}, ttl = '1h', now?: Date) =>
    signUserToken({ ...TEST_CLAIMS, ...claims }, config.authJwtSecret, ttl, { now });

  const post = async (query: string, { token: bearer, headers = {} }: { token?: string | null; headers?: Record<string, string> } = {}) => {
    const authorization: Record<string, string> = bearer === null ? {} : { authorization: `Bearer ${bearer ?? (await token())}` };
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization, ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphqlResult['body'] };
  };

  const stop = async () => {
    await gateway.stop();
    await Promise.all([organization, personnel, silent].map((subgraph) => subgraph?.stop()));
  };
  return { gateway, config, organization, personnel, silent, logs, token, post, stop };
}
