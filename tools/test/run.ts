// `npm test`: every check and every test. Types (Jest transpiles without checking them),
// lint with the Nx module boundaries, then Jest over unit and integration specs on real
// PostgreSQL and Kafka (its global setup starts the broker when none is running).
// Extra arguments go to Jest: `npm test -- apps/organization`, `npm test -- --json ...`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const jestArgs = process.argv.slice(2);
const focused = jestArgs.some((arg) => !arg.startsWith('-'));

function run(label: string, command: string, args: string[]): void {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds} s)`);
}

// A focused run (`npm test -- some/path`) skips the whole-repository checks.
if (!focused && !process.env.SKIP_STATIC_CHECKS) {
  run('type check (tsc --noEmit)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  run('project graph (nx)', bin('nx'), ['show', 'projects', '--json']);
  run('lint with module boundaries (eslint)', bin('eslint'), ['.', '--max-warnings', '0']);
}
run('tests (jest)', bin('jest'), jestArgs);
