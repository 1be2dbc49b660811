import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { type Logger } from 'pino';
import { authenticate } from './auth/authenticate';
import { identitySource } from './auth/identity-source';
import { type GatewayConfig, GatewayConfigError } from './config/gateway-config';
import { explorerRoutes } from './explorer/explorer.routes';
import { errorLoggingPlugin } from './graphql/error-logging.plugin';
import { maskError } from './graphql/error-masking';
import { type GatewayContext } from './graphql/gateway-context';
import { queryArmor } from './graphql/query-limits';
import { healthRoutes } from './health/health.routes';
import { checkReadiness } from './health/readiness';
import { createGatewayLogger, httpLogger } from './logging/gateway-logger';
import { SubgraphPool } from './subgraphs/subgraph-pool';

export type GatewayOptions = {
  // A supergraph already in memory (tests compose one) instead of reading config.supergraphPath.
  supergraphSdl?: string;
  logger?: Logger;
  // How long shutdown waits for requests in flight before closing their connections.
  drainGraceMs?: number;
};

export type RunningGateway = {
  url: string;
  port: number;
  // Subgraph name → the URL actually called, after overrides.
  subgraphUrls: Readonly<Record<string, string>>;
  stop(): Promise<void>;
};

/** Starts the gateway on `config.port` (0 picks a free port) and resolves once it listens. */
export async function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<RunningGateway> {
  const logger = options.logger ?? createGatewayLogger(config.logLevel);
  const supergraphSdl = options.supergraphSdl ?? readSupergraph(config.supergraphPath);
  const explorer = explorerRoutes();
  const pool = new SubgraphPool({
    urlOverrides: config.subgraphUrls,
    timeoutMs: config.subgraphTimeoutMs,
    connections: config.subgraphConnections,
    identitySecret: config.gatewayIdentitySecret,
  });
  // Static supergraph: no introspection of subgraphs at runtime, no polling.
  const gateway = new ApolloGateway({ supergraphSdl, buildService: pool.buildService, logger: logger.child({ component: 'apollo-gateway' }) });

  const app = express();
  const httpServer = createServer(app);
  const armor = queryArmor(config.limits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...armor,
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.drainGraceMs ?? 10_000 }),
      // Apollo's landing page loads from a CDN; the offline explorer replaces it.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      errorLoggingPlugin(logger),
    ],
    // Analysts read the schema's documentation; every request is authenticated anyway.
    introspection: true,
    parseOptions: { maxTokens: config.limits.maxTokens },
    formatError: maskError,
    logger: logger.child({ component: 'apollo-server' }),
    stopOnTerminationSignals: false,
  });

  try {
    await apollo.start();
  } catch (error) {
    await pool.close();
    throw error;
  }

  let accepting = true;
  app.disable('x-powered-by');
  app.use(httpLogger(logger));
  app.use((_req, res, next) => {
    res.set('x-content-type-options', 'nosniff');
    next();
  });
  app.use(healthRoutes({ accepting: () => accepting, readiness: () => checkReadiness(gateway, pool) }));
  app.use(explorer);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GatewayContext> => {
        const caller = await authenticate(req.headers.authorization, config.authJwtSecret);
        return { caller, requestId: String(req.id), callerIdentity: identitySource(caller, config.gatewayIdentitySecret) };
      },
    }),
  );
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found: the GraphQL endpoint is /graphql, the explorer is /' });
  });
  app.use(httpErrorHandler);

  try {
    await listen(httpServer, config.port, config.host);
  } catch (error) {
    await apollo.stop().catch(() => undefined);
    await pool.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new GatewayConfigError([`GATEWAY_PORT: ${config.host}:${config.port} is already in use`]);
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${displayHost(config.host)}:${port}`;
  logger.info({ url, subgraphs: pool.urls() }, 'gateway listening');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      accepting = false;
      logger.info('gateway stopping: draining requests');
      // Drains the HTTP server (stops accepting, waits for requests in flight), then the gateway.
      await apollo.stop();
      await pool.close();
      logger.info('gateway stopped');
    })());
  return { url, port, subgraphUrls: pool.urls(), stop };
}

// Express's own handler would answer HTML with a stack trace (bad JSON, body too large, ...).
const httpErrorHandler: ErrorRequestHandler = (error: { status?: number; expose?: boolean; message?: string }, req, res, _next) => {
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
  if (status >= 500) req.log.error({ err: error }, 'request failed');
  const message = status < 500 && error.expose ? (error.message ?? 'bad request') : 'Internal server error';
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
};

function readSupergraph(path: string): string {
  const file = resolve(path);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new GatewayConfigError([`SUPERGRAPH_PATH: cannot read ${file} (${reason}); write it with \`npm run compose\``]);
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

// A wildcard address is not somewhere to send requests; loopback reaches it.
function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
