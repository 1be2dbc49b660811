import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// libs/kafka-broker/src → repository root.
const REPO_ROOT = path.resolve(__dirname, '../../..');
const KAFKA_SCRIPT = path.join(REPO_ROOT, 'infra/kafka/kafka.sh');
// A cold start may fetch the jars with Maven first (~20 s) and wait up to 60 s for the broker.
const SCRIPT_TIMEOUT_MS = 180_000;

export type KafkaBroker = { brokers: string[] };

/**
 * Which broker: by default the shared one (KAFKA_PORT, KAFKA_CONTROLLER_PORT, KAFKA_DATA_DIR
 * or 9092/9093/.data/kafka). A test that stops the broker should name its own ports and data
 * dir, or it pulls the broker from under every other test file running beside it.
 */
export type KafkaBrokerOptions = {
  port?: number;
  controllerPort?: number;
  /** Absolute, or relative to the repository root. */
  dataDir?: string;
};

function scriptEnv(options: KafkaBrokerOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (options.port !== undefined) env['KAFKA_PORT'] = String(options.port);
  if (options.controllerPort !== undefined) env['KAFKA_CONTROLLER_PORT'] = String(options.controllerPort);
  if (options.dataDir !== undefined) env['KAFKA_DATA_DIR'] = path.resolve(REPO_ROOT, options.dataDir);
  return env;
}

function brokerAddress(options: KafkaBrokerOptions): string {
  return `127.0.0.1:${options.port ?? process.env['KAFKA_PORT'] ?? '9092'}`;
}

async function kafkaScript(command: 'start' | 'stop', options: KafkaBrokerOptions): Promise<void> {
  try {
    // The broker itself is detached with its output in a file, so this returns once ready.
    await run('bash', [KAFKA_SCRIPT, command], { env: scriptEnv(options), timeout: SCRIPT_TIMEOUT_MS });
  } catch (error) {
    const failed = error as Error & { stderr?: string };
    throw new Error(`infra/kafka/kafka.sh ${command} failed: ${failed.message}\n${failed.stderr ?? ''}`);
  }
}

/** Starts the broker unless one already answers on its port; safe from parallel workers. */
export async function ensureKafkaBroker(options: KafkaBrokerOptions = {}): Promise<KafkaBroker> {
  await kafkaScript('start', options);
  return { brokers: [brokerAddress(options)] };
}

/** The same as ensureKafkaBroker, named for tests that bring a stopped broker back. */
export function startKafkaBroker(options: KafkaBrokerOptions = {}): Promise<KafkaBroker> {
  return ensureKafkaBroker(options);
}

/** SIGTERM and wait for the broker to exit (2–4 s). */
export async function stopKafkaBroker(options: KafkaBrokerOptions = {}): Promise<void> {
  await kafkaScript('stop', options);
}
