import { z } from 'zod';
import { DEV_GATEWAY_IDENTITY_SECRET } from '@grassroots/auth';
import { databaseUrlFor, type ServiceName } from '@grassroots/persistence';

export const DEFAULT_PORTS: Record<ServiceName, number> = {
  organization: 4101,
  personnel: 4102,
  governance: 4103,
  supervision: 4104,
  economy: 4105,
};

export type SubgraphConfig = {
  service: ServiceName;
  port: number;
  databaseUrl: string;
  kafkaBrokers: string[];
  /** Prepended to every topic name: lets parallel test runs use isolated topics. */
  topicPrefix: string;
  gatewayIdentitySecret: string;
  /** Start the outbox relay and event consumers (off for schema printing). */
  messaging: boolean;
  /** Run pending migrations before serving. */
  migrateOnStart: boolean;
  /** Build the schema without touching the database or the broker (schema printing). */
  offline: boolean;
  /** Receives every SQL statement: for tests that count queries (batching). */
  queryLogger?: (sql: string) => void;
  logLevel: string;
  production: boolean;
};

const port = z.coerce.number().int().min(0).max(65535);

/** Reads a subgraph's settings from the environment, failing with every bad setting named. */
export function loadSubgraphConfig(
  service: ServiceName,
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<SubgraphConfig> = {},
): SubgraphConfig {
  const upper = service.toUpperCase();
  const production = env.NODE_ENV === 'production';
  const schema = z.object({
    [`${upper}_PORT`]: port.default(DEFAULT_PORTS[service]),
    KAFKA_BROKERS: z
      .string()
      .regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'must be host:port[,host:port...]')
      .default(`127.0.0.1:${env.KAFKA_PORT ?? 9092}`),
    KAFKA_TOPIC_PREFIX: z.string().regex(/^[a-zA-Z0-9._-]*$/, 'letters, digits, . _ - only').default(''),
    GATEWAY_IDENTITY_SECRET: production
      ? z
          .string({ required_error: 'is required in production' })
          .min(32, 'must be at least 32 characters')
          .refine((value) => value !== DEV_GATEWAY_IDENTITY_SECRET, 'must not be the development secret in production')
      : z.string().min(32, 'must be at least 32 characters').default(DEV_GATEWAY_IDENTITY_SECRET),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MIGRATE_ON_START: z.enum(['true', 'false']).default('true'),
  });
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`${service} subgraph: invalid configuration\n${problems}`);
  }
  const values = parsed.data as Record<string, string | number>;
  return {
    service,
    port: Number(values[`${upper}_PORT`]),
    databaseUrl: databaseUrlFor(service, env),
    kafkaBrokers: String(values.KAFKA_BROKERS).split(','),
    topicPrefix: String(values.KAFKA_TOPIC_PREFIX),
    gatewayIdentitySecret: String(values.GATEWAY_IDENTITY_SECRET),
    messaging: true,
    migrateOnStart: values.MIGRATE_ON_START === 'true',
    offline: false,
    logLevel: String(values.LOG_LEVEL),
    production,
    ...overrides,
  };
}
