import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { type ServiceName } from '@grassroots/persistence';

// libs/testing/src → repository root.
const ROOT = join(__dirname, '..', '..', '..');
const START_TIMEOUT_MS = 90_000;

export type SubgraphProcess = {
  service: ServiceName;
  /** GraphQL endpoint. */
  url: string;
  /** The last lines the process wrote, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
  /** Stops and starts again on the same port and database. */
  restart(): Promise<void>;
};

export type SubgraphProcessOptions = {
  databaseUrl: string;
  topicPrefix: string;
  kafkaBrokers?: string;
  env?: Record<string, string>;
};

/** A port the OS has just handed out, so parallel test files do not collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs a subgraph as its own process, exactly as `npm start` does, against a test database and
 * topic prefix. NestJS keeps GraphQL types per process, so two subgraphs never share one.
 */
export async function startSubgraphProcess(service: ServiceName, options: SubgraphProcessOptions): Promise<SubgraphProcess> {
  const port = await freePort();
  const upper = service.toUpperCase();
  const env = {
    ...process.env,
    [`${upper}_DATABASE_URL`]: options.databaseUrl,
    [`${upper}_PORT`]: String(port),
    MIGRATE_ON_START: 'false',
    KAFKA_TOPIC_PREFIX: options.topicPrefix,
    ...(options.kafkaBrokers ? { KAFKA_BROKERS: options.kafkaBrokers } : {}),
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  let output: string[] = [];
  let child: ChildProcess | null = null;

  const start = async () => {
    output = [];
    const started = spawn(process.execPath, [join(ROOT, 'tools', 'run-ts.js'), join(ROOT, 'apps', service, 'src', 'main.ts')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 200) output.splice(0, output.length - 200);
    };
    started.stdout?.on('data', keep);
    started.stderr?.on('data', keep);
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (started.exitCode !== null) throw new Error(`${service} exited with ${started.exitCode} while starting:\n${output.join('')}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health/live`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    started.kill('SIGKILL');
    throw new Error(`${service} did not start within ${START_TIMEOUT_MS / 1000} s:\n${output.join('')}`);
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => running.kill('SIGKILL'), 20_000);
      running.once('exit', () => (clearTimeout(timer), resolve()));
      running.kill('SIGTERM');
    });
  };

  await start();
  return {
    service,
    url: `http://127.0.0.1:${port}/graphql`,
    logs: () => output.join(''),
    stop,
    restart: async () => {
      await stop();
      await start();
    },
  };
}
