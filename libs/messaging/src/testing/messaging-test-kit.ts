import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { type IncomingMessage, type MessageBus, type Subscription } from '../bus/message-bus';
import { InboxMessage } from '../inbox/inbox-message.entity';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { TestApplied, TestItem } from './test-entities';

export type TestDatabase = { orm: MikroORM; close(): Promise<void> };

const randomSuffix = () => randomBytes(4).toString('hex');

export const randomTopicPrefix = () => `t${randomSuffix()}.`;

function serverUrl(database: string): string {
  const url = new URL('postgres://127.0.0.1:5432');
  url.hostname = process.env['PGHOST'] ?? '127.0.0.1';
  url.port = process.env['PGPORT'] ?? '5432';
  url.username = process.env['PGUSER'] ?? 'postgres';
  if (process.env['PGPASSWORD']) url.password = process.env['PGPASSWORD'];
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A throwaway database with the outbox, inbox and test tables; close() drops it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `msg_test_${randomSuffix()}`;
  await onServer(`create database "${name}"`);
  try {
    const orm = await MikroORM.init({
      clientUrl: serverUrl(name),
      entities: [OutboxMessage, InboxMessage, TestItem, TestApplied],
      allowGlobalContext: false,
      forceUtcTimezone: true,
      pool: { min: 0, max: 8 },
      debug: false,
    });
    await orm.schema.createSchema();
    return {
      orm,
      close: async () => {
        await orm.close(true);
        await onServer(`drop database if exists "${name}" with (force)`);
      },
    };
  } catch (error) {
    await onServer(`drop database if exists "${name}" with (force)`);
    throw error;
  }
}

/** Polls until the check passes; fails with the label and the last value seen. */
export async function waitFor<T>(label: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${label}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Reads a topic from the beginning with a throwaway group, collecting every message. */
export async function collectTopic(bus: MessageBus, topic: string): Promise<{ messages: IncomingMessage[]; stop(): Promise<void> }> {
  const messages: IncomingMessage[] = [];
  const subscription: Subscription = await bus.consume({
    groupId: `reader-${randomSuffix()}`,
    topics: [topic],
    handle: async (message) => {
      messages.push(message);
    },
  });
  return { messages, stop: () => subscription.stop() };
}
