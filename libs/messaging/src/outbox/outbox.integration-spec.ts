import { randomUUID } from 'node:crypto';
import { DOMAIN_TOPICS } from '@grassroots/contracts';
import { ensureKafkaBroker } from '@grassroots/kafka-broker';
import { KafkaMessageBus } from '../bus/kafka-message-bus';
import { silentLogger } from '../support/messaging-logger';
import { type TestDatabase, collectTopic, createTestDatabase, randomTopicPrefix, waitFor } from '../testing/messaging-test-kit';
import { TestItem, testItemChanged } from '../testing/test-entities';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxRelay } from './outbox-relay';
import { stageEvent } from './stage-event';

const VILLAGES = ['421181111229', '421181111230', '421181112001'];
const TOPIC = DOMAIN_TOPICS.personnel.name;

describe('outbox (PostgreSQL + Kafka)', () => {
  let db: TestDatabase;
  let bus: KafkaMessageBus;
  const relays: OutboxRelay[] = [];

  beforeAll(async () => {
    const { brokers } = await ensureKafkaBroker();
    db = await createTestDatabase();
    bus = new KafkaMessageBus({ brokers, clientId: 'outbox-spec', topicPrefix: randomTopicPrefix(), logger: silentLogger });
    await bus.ensureTopics([DOMAIN_TOPICS.personnel]);
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.stop()));
    await db.orm.em.fork().nativeDelete(OutboxMessage, {});
  });

  afterAll(async () => {
    await bus?.deleteTopics([TOPIC]).catch(() => undefined);
    await bus?.disconnect();
    await db?.close();
  });

  const newRelay = () => {
    const relay = new OutboxRelay({ em: db.orm.em, bus, logger: silentLogger, pollIntervalMs: 50 });
    relays.push(relay);
    return relay;
  };

  /** One change and its event, in one transaction, the way a service writes them. */
  const writeChange = (n: number, village = VILLAGES[n % VILLAGES.length]) =>
    db.orm.em.fork().transactional(async (em) => {
      const item = new TestItem(randomUUID(), village, n);
      em.persist(item);
      return stageEvent(em, testItemChanged.create(village, { itemId: item.id, n }));
    });

  it('commits the outbox row with the state change', async () => {
    const staged = await writeChange(1);
    const em = db.orm.em.fork();
    const row = await em.findOneOrFail(OutboxMessage, { id: staged.id });
    expect(row).toMatchObject({ topic: TOPIC, key: staged.key, type: 'personnel.test-item.changed.v1', publishedAt: null, attempts: 0 });
    expect(await em.count(TestItem, { id: (row.payload.data as { itemId: string }).itemId })).toBe(1);
  });

  it('writes neither the change nor the event when the transaction rolls back', async () => {
    const id = randomUUID();
    const itemId = randomUUID();
    await expect(
      db.orm.em.fork().transactional(async (em) => {
        em.persist(new TestItem(itemId, VILLAGES[0], 1));
        stageEvent(em, testItemChanged.create(VILLAGES[0], { itemId, n: 1 }, { id }));
        await em.flush();
        throw new Error('business rule broken after the flush');
      }),
    ).rejects.toThrow('business rule broken');
    const em = db.orm.em.fork();
    expect(await em.count(OutboxMessage, { id })).toBe(0);
    expect(await em.count(TestItem, { id: itemId })).toBe(0);
  });

  it('publishes in order per village and marks the rows', async () => {
    const staged = [];
    for (let n = 0; n < 30; n += 1) staged.push(await writeChange(n));
    const reader = await collectTopic(bus, TOPIC);
    try {
      const relay = newRelay();
      relay.start();
      relay.nudge();
      await waitFor('the outbox to drain', () => relay.pendingCount(), (pending) => pending === 0);

      const rows = await db.orm.em.fork().find(OutboxMessage, {}, { orderBy: { seq: 'asc' } });
      expect(rows).toHaveLength(30);
      expect(rows.every((row) => row.publishedAt instanceof Date && row.attempts === 1 && row.lastError === null)).toBe(true);

      const ids = new Set(staged.map((row) => row.id));
      const mine = () => reader.messages.filter((message) => ids.has(message.headers['event-id']));
      await waitFor('30 messages on the topic', async () => mine().length, (count) => count >= 30);
      for (const village of VILLAGES) {
        const sent = staged.filter((row) => row.key === village).map((row) => row.id);
        const received = mine()
          .filter((message) => message.key === village)
          .map((message) => message.headers['event-id']);
        expect(received).toEqual(sent);
      }
    } finally {
      await reader.stop();
    }
  });

  it('lets only one of two relays on a database publish at a time, each row once', async () => {
    const staged = [];
    for (let n = 0; n < 60; n += 1) staged.push(await writeChange(n));
    const reader = await collectTopic(bus, TOPIC);
    try {
      const [first, second] = [newRelay(), newRelay()];
      first.start();
      second.start();
      await waitFor('the outbox to drain', () => first.pendingCount(), (pending) => pending === 0);
      const ids = new Set(staged.map((row) => row.id));
      const mine = () => reader.messages.filter((message) => ids.has(message.headers['event-id']));
      await waitFor('60 messages on the topic', async () => mine().length, (count) => count >= 60);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(mine()).toHaveLength(60);
      for (const village of VILLAGES) {
        const sent = staged.filter((row) => row.key === village).map((row) => row.id);
        expect(mine().filter((message) => message.key === village).map((message) => message.headers['event-id'])).toEqual(sent);
      }
    } finally {
      await reader.stop();
    }
  });

  it('flush() publishes everything pending without a running loop', async () => {
    for (let n = 0; n < 12; n += 1) await writeChange(n);
    const relay = newRelay();
    expect(await relay.pendingCount()).toBe(12);
    await relay.flush(10_000);
    expect(await relay.pendingCount()).toBe(0);
  });

  it('creates the partial index on unpublished rows', async () => {
    const rows = await db.orm.em
      .fork()
      .execute<{ indexdef: string }[]>(`select indexdef from pg_indexes where indexname = 'outbox_message_unpublished_idx'`);
    expect(rows[0]?.indexdef).toMatch(/WHERE \(published_at IS NULL\)/);
  });
});
