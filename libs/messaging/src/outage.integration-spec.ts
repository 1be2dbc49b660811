import { randomUUID } from 'node:crypto';
import { DOMAIN_TOPICS, type EventEnvelope } from '@grassroots/contracts';
import { ensureKafkaBroker, stopKafkaBroker } from '@grassroots/kafka-broker';
import { KafkaMessageBus } from './bus/kafka-message-bus';
import { on } from './inbox/event-handlers';
import { InboxConsumer } from './inbox/inbox-consumer';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { OutboxRelay } from './outbox/outbox-relay';
import { stageEvent } from './outbox/stage-event';
import { silentLogger } from './support/messaging-logger';
import { type TestDatabase, collectTopic, createTestDatabase, randomTopicPrefix, waitFor } from './testing/messaging-test-kit';
import { TestApplied, TestItem, type TestItemChanged, testItemChanged } from './testing/test-entities';

// This file stops and restarts a broker of its own, so test files running beside it keep theirs.
const OUTAGE_BROKER = { port: 19392, controllerPort: 19393, dataDir: '.data/kafka-messaging-outage' };
const VILLAGES = ['421181111229', '421181111230', '421181112001', '421181112002'];
const TOPIC = DOMAIN_TOPICS.personnel;

describe('outbox and inbox across broker and consumer restarts', () => {
  let db: TestDatabase;
  // Two services: the producing side's bus and the consuming side's.
  let producerBus: KafkaMessageBus;
  let consumerBus: KafkaMessageBus;
  let relay: OutboxRelay;
  const consumers: InboxConsumer[] = [];

  beforeAll(async () => {
    const { brokers } = await ensureKafkaBroker(OUTAGE_BROKER);
    db = await createTestDatabase();
    const topicPrefix = randomTopicPrefix();
    producerBus = new KafkaMessageBus({ brokers, clientId: 'outage-producer', topicPrefix, logger: silentLogger, kafkaLogLevel: 'nothing' });
    consumerBus = new KafkaMessageBus({ brokers, clientId: 'outage-consumer', topicPrefix, logger: silentLogger, kafkaLogLevel: 'nothing' });
    await producerBus.ensureTopics([TOPIC]);
    relay = new OutboxRelay({
      em: db.orm.em,
      bus: producerBus,
      pollIntervalMs: 50,
      backoff: { initialDelayMs: 200, maxDelayMs: 1_000 },
      logger: silentLogger,
    });
    relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    await producerBus?.deleteTopics([TOPIC.name]).catch(() => undefined);
    await Promise.all([producerBus?.disconnect(), consumerBus?.disconnect()]);
    await db?.close();
    await stopKafkaBroker(OUTAGE_BROKER);
  });

  const writeChange = async (n: number) => {
    const village = VILLAGES[n % VILLAGES.length];
    const staged = await db.orm.em.fork().transactional(async (em) => {
      const item = new TestItem(randomUUID(), village, n);
      em.persist(item);
      return stageEvent(em, testItemChanged.create(village, { itemId: item.id, n }));
    });
    relay.nudge();
    return staged;
  };

  const pendingOf = (ids: string[]) => db.orm.em.fork().count(OutboxMessage, { id: { $in: ids }, publishedAt: null });

  it('takes writes while the broker is down and publishes them once it is back', async () => {
    const warmUp = await writeChange(0);
    await waitFor('the first event out', () => pendingOf([warmUp.id]), (pending) => pending === 0);

    await stopKafkaBroker(OUTAGE_BROKER);
    const during: string[] = [];
    const started = Date.now();
    for (let n = 1; n <= 10; n += 1) during.push((await writeChange(n)).id);
    // The services' writes do not wait for Kafka.
    expect(Date.now() - started).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await pendingOf(during)).toBe(10);
    // A shutdown flush with Kafka away gives up on time instead of hanging in kafkajs retries.
    const flushing = Date.now();
    await expect(relay.flush(1_000)).rejects.toThrow(/still pending/);
    expect(Date.now() - flushing).toBeLessThan(3_000);

    await ensureKafkaBroker(OUTAGE_BROKER);
    await waitFor('the backlog out', () => pendingOf(during), (pending) => pending === 0, 60_000);
    const reader = await collectTopic(consumerBus, TOPIC.name);
    try {
      await waitFor(
        'the backlog on the topic',
        async () => reader.messages.filter((message) => during.includes(message.headers['event-id'])).length,
        (count) => count >= 10,
      );
    } finally {
      await reader.stop();
    }
  }, 120_000);

  it('applies exactly N events when the broker and the consumer both restart midway', async () => {
    const N = 200;
    const group = 'outage-spec.e2e';
    const startConsumer = async () => {
      const consumer = new InboxConsumer({
        em: db.orm.em,
        bus: consumerBus,
        group,
        topics: [TOPIC],
        handlers: {
          ...on(testItemChanged, async (em, envelope: EventEnvelope<TestItemChanged>) => {
            em.persist(new TestApplied(envelope.id, envelope.subject, envelope.data.n));
          }),
        },
        retry: { attempts: 5, initialDelayMs: 200, maxDelayMs: 1_000 },
        logger: silentLogger,
      });
      await consumer.start();
      consumers.push(consumer);
      return consumer;
    };

    const ids: string[] = [];
    const first = await startConsumer();
    for (let n = 0; n < N; n += 1) {
      if (n === 50) await stopKafkaBroker(OUTAGE_BROKER);
      if (n === 90) await ensureKafkaBroker(OUTAGE_BROKER);
      if (n === 130) await first.stop();
      if (n === 160) await startConsumer();
      ids.push((await writeChange(n)).id);
      if (n % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const em = () => db.orm.em.fork();
    await waitFor('every event applied', () => em().count(TestApplied, { eventId: { $in: ids } }), (count) => count >= N, 90_000);
    // Let any late duplicate arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const applied = await em().find(TestApplied, { eventId: { $in: ids } }, { orderBy: { seq: 'asc' } });
    expect(applied).toHaveLength(N);
    expect(new Set(applied.map((row) => row.eventId)).size).toBe(N);
    expect(await pendingOf(ids)).toBe(0);
    // One village's events were applied in the order they were written.
    for (const village of VILLAGES) {
      const order = applied.filter((row) => row.subject === village).map((row) => row.n);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  }, 150_000);
});
