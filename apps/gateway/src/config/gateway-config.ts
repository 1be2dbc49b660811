import { DEV_AUTH_JWT_SECRET, DEV_GATEWAY_IDENTITY_SECRET } from '@grassroots/auth';
import { z } from 'zod';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../graphql/query-limits';

// The subgraphs of the platform; each URL in the supergraph can be overridden by `<NAME>_URL`.
export const SUBGRAPH_NAMES = ['organization', 'personnel', 'governance', 'supervision', 'economy'] as const;

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type GatewayConfig = {
  port: number;
  host: string;
  supergraphPath: string;
  // Subgraph name → URL, used instead of the URL written in the supergraph.
  subgraphUrls: Readonly<Record<string, string>>;
  authJwtSecret: string;
  gatewayIdentitySecret: string;
  subgraphTimeoutMs: number;
  subgraphConnections: number;
  limits: QueryLimits;
  logLevel: LogLevel;
  production: boolean;
};

export class GatewayConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid gateway configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'GatewayConfigError';
  }
}

const MIN_SECRET_LENGTH = 32;

// An empty variable counts as unset, as in most deployment tools.
const unsetIfEmpty = <T>(value: T | '') => (value === '' ? undefined : value);
const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ invalid_type_error: `must be a whole number from ${min} to ${max}` })
      .int(`must be a whole number from ${min} to ${max}`)
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .default(fallback),
  );
const httpUrl = z.preprocess(
  unsetIfEmpty,
  z
    .string()
    .url()
    .refine((url) => /^https?:\/\//.test(url), 'must be an http(s) URL')
    .optional(),
);

const envSchema = z.object({
  GATEWAY_PORT: integer(0, 65_535, 4000),
  GATEWAY_HOST: z.preprocess(unsetIfEmpty, z.string().default('0.0.0.0')),
  SUPERGRAPH_PATH: z.preprocess(unsetIfEmpty, z.string().default('apps/gateway/supergraph.graphql')),
  SUBGRAPH_TIMEOUT_MS: integer(100, 300_000, 10_000),
  SUBGRAPH_CONNECTIONS: integer(1, 1024, 16),
  LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  ORGANIZATION_URL: httpUrl,
  PERSONNEL_URL: httpUrl,
  GOVERNANCE_URL: httpUrl,
  SUPERVISION_URL: httpUrl,
  ECONOMY_URL: httpUrl,
});

type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export function urlVariable<T extends string>(subgraph: T): `${Uppercase<T>}_URL` {
  return `${subgraph.toUpperCase() as Uppercase<T>}_URL`;
}

/** The gateway's settings from the environment; GatewayConfigError naming each bad setting. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}${shown(env, issue.path[0])}`);
  // Secrets are checked even when other settings are bad, so one run lists every problem.
  const production = env.NODE_ENV === 'production';
  const authJwtSecret = secret('AUTH_JWT_SECRET', unsetIfEmpty(env.AUTH_JWT_SECRET), DEV_AUTH_JWT_SECRET, production, problems);
  const gatewayIdentitySecret = secret('GATEWAY_IDENTITY_SECRET', unsetIfEmpty(env.GATEWAY_IDENTITY_SECRET), DEV_GATEWAY_IDENTITY_SECRET, production, problems);
  if (authJwtSecret && authJwtSecret === gatewayIdentitySecret) {
    problems.push('GATEWAY_IDENTITY_SECRET: must differ from AUTH_JWT_SECRET, or a user token could pass as an identity');
  }
  if (!parsed.success || problems.length > 0) throw new GatewayConfigError(problems);
  const settings = parsed.data;

  const subgraphUrls: Record<string, string> = {};
  for (const name of SUBGRAPH_NAMES) {
    const url = settings[urlVariable<SubgraphName>(name)];
    if (url) subgraphUrls[name] = url;
  }
  return {
    port: settings.GATEWAY_PORT,
    host: settings.GATEWAY_HOST,
    supergraphPath: settings.SUPERGRAPH_PATH,
    subgraphUrls,
    authJwtSecret,
    gatewayIdentitySecret,
    subgraphTimeoutMs: settings.SUBGRAPH_TIMEOUT_MS,
    subgraphConnections: settings.SUBGRAPH_CONNECTIONS,
    limits: DEFAULT_QUERY_LIMITS,
    logLevel: settings.LOG_LEVEL,
    production,
  };
}

function secret(name: string, value: string | undefined, development: string, production: boolean, problems: string[]): string {
  if (!production) return value ?? development;
  if (value === undefined) problems.push(`${name}: required when NODE_ENV=production`);
  else if (value === development) problems.push(`${name}: is the development default, which is public; set a real secret`);
  else if (value.length < MIN_SECRET_LENGTH) problems.push(`${name}: must be at least ${MIN_SECRET_LENGTH} characters (got ${value.length})`);
  return value ?? '';
}

// Shows the offending value, except for secrets.
function shown(env: NodeJS.ProcessEnv, key: PropertyKey | undefined): string {
  if (typeof key !== 'string' || key.endsWith('SECRET')) return '';
  const value = env[key];
  return value === undefined ? '' : ` (got "${value}")`;
}
