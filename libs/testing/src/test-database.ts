import { randomBytes } from 'node:crypto';
import { cloneDatabase, dropDatabase, serverUrl, type ServiceName } from '@grassroots/persistence';

/**
 * The migrated template each test database is copied from (made by the Jest global setup).
 * GRASSROOTS_TEST_TEMPLATE_TAG gives a run templates of its own (two people on one server).
 */
export function templateDatabaseName(service: ServiceName): string {
  const tag = (process.env.GRASSROOTS_TEST_TEMPLATE_TAG ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return `grassroots_test_${service}_template${tag ? `_${tag}` : ''}`;
}

export type TestDatabase = { url: string; drop(): Promise<void> };

/** A fresh copy of the service's migrated template, private to one test file. */
export async function createTestDatabase(service: ServiceName): Promise<TestDatabase> {
  const name = `grassroots_test_${service}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const url = await cloneDatabase(serverUrl(templateDatabaseName(service)), name);
  return { url, drop: () => dropDatabase(url) };
}
