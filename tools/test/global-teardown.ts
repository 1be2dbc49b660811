import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Leaves a broker that was already running alone; stops one this run started unless KEEP_KAFKA is set.
export default async function globalTeardown(): Promise<void> {
  if (process.env.GRASSROOTS_TEST_STARTED_BROKER && !process.env.KEEP_KAFKA) {
    execFileSync('bash', [join(__dirname, '..', '..', 'infra', 'kafka', 'kafka.sh'), 'stop'], { stdio: 'inherit' });
  }
}
