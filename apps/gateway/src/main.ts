import { createGatewayLogger } from './logging/gateway-logger';
import { createGateway, GatewayConfigError, loadGatewayConfig } from './index';

// Shutdown that takes longer than this is stuck: exit anyway so the orchestrator can restart.
const SHUTDOWN_DEADLINE_MS = 30_000;

async function main(): Promise<void> {
  const config = loadGatewayConfig(process.env);
  const logger = createGatewayLogger(config.logLevel);
  const gateway = await createGateway(config, { logger });

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutdown requested');
    setTimeout(() => {
      logger.error('shutdown deadline passed: exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    gateway.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  // A configuration problem is the operator's to fix: say what, without a stack trace.
  console.error(error instanceof GatewayConfigError ? error.message : error);
  process.exit(1);
});
