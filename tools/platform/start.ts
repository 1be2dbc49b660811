// `npm start`: the whole platform on one machine. Starts Kafka, creates and migrates the five
// databases, loads the demo county, starts the five subgraphs and the gateway, and prints
// where to point a browser. Ctrl-C stops everything it started.
import 'reflect-metadata';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_AUTH_JWT_SECRET, signUserToken } from '@grassroots/auth';
import { DEFAULT_PORTS } from '@grassroots/subgraph';
import { loadDemoData } from '../data/demo-data';
import { setupDatabases } from './db-setup';
import { SERVICE_NAMES } from '@grassroots/persistence';

const ROOT = join(__dirname, '..', '..');
const LOG_DIR = join(ROOT, '.data', 'logs');
const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? 4000);
const USER_TOKEN_SECRET = process.env.AUTH_JWT_SECRET ?? DEV_AUTH_JWT_SECRET;

const children: { name: string; process: ChildProcess }[] = [];
let stopping = false;

function step(text: string): void {
  console.log(`\u001b[36m▶\u001b[0m ${text}`);
}

function kafka(command: 'start' | 'stop'): void {
  execFileSync('bash', [join(ROOT, 'infra', 'kafka', 'kafka.sh'), command], { stdio: 'inherit' });
}

function startApp(name: string, entry: string): ChildProcess {
  const log = createWriteStream(join(LOG_DIR, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [join(ROOT, 'tools', 'run-ts.js'), entry], {
    cwd: ROOT,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); see ${join(LOG_DIR, `${name}.log`)}`);
      void shutdown(1);
    }
  });
  children.push({ name, process: child });
  return child;
}

async function waitForHealth(name: string, port: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/live`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} did not answer on port ${port} within ${timeoutMs / 1000} s; see ${join(LOG_DIR, `${name}.log`)}`);
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping the platform...');
  for (const { process: child } of [...children].reverse()) child.kill('SIGTERM');
  await Promise.all(
    children.map(
      ({ process: child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => (child.kill('SIGKILL'), resolve()), 15_000);
          child.once('exit', () => (clearTimeout(timer), resolve()));
        }),
    ),
  );
  if (!process.env.KEEP_KAFKA) kafka('stop');
  console.log('stopped.');
  process.exit(code);
}

async function main(): Promise<void> {
  mkdirSync(LOG_DIR, { recursive: true });
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  step('Kafka broker (infra/kafka)');
  kafka('start');
  step('databases and migrations');
  await setupDatabases((line) => console.log(`  ${line}`));
  step('demo data: 麻城市 (421181)');
  await loadDemoData((line: string) => console.log(`  ${line}`));

  step(`subgraphs (logs in ${LOG_DIR})`);
  for (const name of SERVICE_NAMES) startApp(name, join('apps', name, 'src', 'main.ts'));
  await Promise.all(SERVICE_NAMES.map((name) => waitForHealth(name, DEFAULT_PORTS[name])));
  step('gateway');
  startApp('gateway', join('apps', 'gateway', 'src', 'main.ts'));
  await waitForHealth('gateway', GATEWAY_PORT);

  const token = await signUserToken(
    { sub: 'demo-organization-dept', name: '演示用户', roles: ['organization-dept'], region: '421181' },
    USER_TOKEN_SECRET,
    '12h',
  );
  console.log(`
\u001b[32m✔ The platform is running.\u001b[0m
  Explorer:  http://localhost:${GATEWAY_PORT}/   (paste the token into the token box)
  GraphQL:   http://localhost:${GATEWAY_PORT}/graphql
  Token (organization-dept, 麻城市 421181, 12 h):
${token}

  Another token: npm run token -- --role analyst --region 421181111
  Ctrl-C stops everything.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void shutdown(1);
});
