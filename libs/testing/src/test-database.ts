import { randomBytes } from 'node:crypto';
import { cloneDatabase, dropDatabase, serverUrl, type ServiceName } from '@grassroots/persistence';

/** The migrated template each test database is copied from (made by the Jest global setup). */
export const templateDatabaseName = (service: ServiceName) => `grassroots_test_${service}_template`;

export type TestDatabase = { url: string; drop(): Promise<void> };

/** A fresh copy of the service's migrated template, private to one test file. */
export async function createTestDatabase(service: ServiceName): Promise<TestDatabase> {
  const name = `grassroots_test_${service}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const url = await cloneDatabase(serverUrl(templateDatabaseName(service)), name);
  return { url, drop: () => dropDatabase(url) };
}
