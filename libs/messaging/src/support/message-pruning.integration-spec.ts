import { randomUUID } from 'node:crypto';
import { InboxMessage } from '../inbox/inbox-message.entity';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { createTestDatabase, type TestDatabase } from '../testing/messaging-test-kit';
import { pruneMessages } from './message-pruning';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-11-25T02:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

describe('pruning the outbox and the inbox (PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.close());

  /** Outbox rows published `publishedDaysAgo` (null: not yet published) and inbox rows received `receivedDaysAgo`. */
  async function seed(published: (number | null)[], received: number[]): Promise<void> {
    const em = db.orm.em.fork();
    for (const days of published) {
      const id = randomUUID();
      const payload = { id, type: 'test.item.changed.v1', source: 'personnel' as const, subject: '421181111229', occurredAt: daysAgo(40).toISOString(), data: {} };
      const message = new OutboxMessage({ id, topic: 'personnel.events', key: '421181111229', type: payload.type, payload, occurredAt: daysAgo(40) });
      message.publishedAt = days === null ? null : daysAgo(days);
      em.persist(message);
    }
    for (const days of received) {
      const message = new InboxMessage('organization', randomUUID(), 'test.v1');
      message.receivedAt = daysAgo(days);
      em.persist(message);
    }
    await em.flush();
  }
  const remaining = async () => {
    const em = db.orm.em.fork();
    return { outbox: await em.count(OutboxMessage, {}), unpublished: await em.count(OutboxMessage, { publishedAt: null }), inbox: await em.count(InboxMessage, {}) };
  };

  it('deletes published outbox rows older than a week and inbox rows older than 30 days, in batches, and keeps every unpublished row', async () => {
    await seed([null, null, 1, 6, 8, 8, 8, 30], [1, 13, 29, 31, 31, 60]);
    const pruned = await pruneMessages(db.orm.em.fork(), undefined, NOW, 2);
    expect(pruned).toEqual({ outbox: 4, inbox: 3 });
    expect(await remaining()).toEqual({ outbox: 4, unpublished: 2, inbox: 3 });
    expect(await pruneMessages(db.orm.em.fork(), undefined, NOW, 2)).toEqual({ outbox: 0, inbox: 0 });
  });

  it('refuses an inbox retention a redelivered event could outlive (the topics keep 14 days)', async () => {
    const before = await remaining();
    await expect(pruneMessages(db.orm.em.fork(), { publishedOutboxDays: 7, inboxDays: 14 }, NOW)).rejects.toThrow(/must exceed the topics' 14 days/);
    expect(await remaining()).toEqual(before);
  });
});
