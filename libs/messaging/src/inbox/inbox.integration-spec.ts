import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { DOMAIN_TOPICS, type EventEnvelope } from '@grassroots/contracts';
import { ensureKafkaBroker } from '@grassroots/kafka-broker';
import { KafkaMessageBus } from '../bus/kafka-message-bus';
import { encodeEnvelope } from '../support/envelope-codec';
import { silentLogger } from '../support/messaging-logger';
import { type TestDatabase, collectTopic, createTestDatabase, randomTopicPrefix, waitFor } from '../testing/messaging-test-kit';
import { TestApplied, type TestItemChanged, testItemChanged } from '../testing/test-entities';
import { type EventHandler, on } from './event-handlers';
import { InboxConsumer, type InboxConsumerOptions } from './inbox-consumer';
import { InboxMessage } from './inbox-message.entity';

const TOPIC = DOMAIN_TOPICS.personnel;
const VILLAGE = '421181111229';

describe(`${InboxConsumer.name} (PostgreSQL + Kafka)`, () => {
  let brokers: string[];
  let db: TestDatabase;
  // Each test gets its own topic prefix: a fresh group reads its topics from the beginning.
  let bus: KafkaMessageBus;
  let prefix: string;
  let admin: ReturnType<Kafka['admin']>;
  const stoppers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    ({ brokers } = await ensureKafkaBroker());
    db = await createTestDatabase();
  });

  beforeEach(async () => {
    prefix = randomTopicPrefix();
    bus = new KafkaMessageBus({ brokers, clientId: 'inbox-spec', topicPrefix: prefix, logger: silentLogger });
    // A fresh admin per test: kafkajs keeps asking for metadata of topics it once saw, and
    // the previous test's topics are deleted.
    admin = new Kafka({ brokers, clientId: 'inbox-spec-admin', logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
  });

  afterEach(async () => {
    await Promise.all(stoppers.splice(0).map((stop) => stop()));
    const topics = (await admin.listTopics()).filter((name) => name.startsWith(prefix));
    await bus.deleteTopics(topics.map((name) => name.slice(prefix.length))).catch(() => undefined);
    await bus.disconnect();
    await admin.disconnect();
  });

  afterAll(async () => {
    await db?.close();
  });

  const event = (n: number, subject = VILLAGE) => testItemChanged.create(subject, { itemId: randomUUID(), n });
  const send = (...envelopes: EventEnvelope<unknown>[]) =>
    bus.publish(envelopes.map((envelope) => encodeEnvelope(TOPIC.name, envelope)));

  const record = async (em: Parameters<EventHandler>[0], envelope: EventEnvelope<TestItemChanged>) => {
    em.persist(new TestApplied(envelope.id, envelope.subject, envelope.data.n));
  };

  const startConsumer = async (group: string, handle = record, overrides: Partial<InboxConsumerOptions> = {}) => {
    const consumer = new InboxConsumer({
      em: db.orm.em,
      bus,
      group,
      topics: [TOPIC],
      handlers: { ...on(testItemChanged, handle) },
      retry: { attempts: 3, initialDelayMs: 50, maxDelayMs: 200 },
      logger: silentLogger,
      ...overrides,
    });
    await consumer.start();
    stoppers.push(() => consumer.stop());
    return consumer;
  };

  const appliedCount = (eventId: string) => db.orm.em.fork().count(TestApplied, { eventId });
  const inboxCount = (group: string, eventId: string) => db.orm.em.fork().count(InboxMessage, { consumerGroup: group, eventId });

  const committedOffsets = async (group: string) => {
    const [topic] = await admin.fetchOffsets({ groupId: `${prefix}${group}`, topics: [`${prefix}${TOPIC.name}`] });
    return topic.partitions.filter((partition) => partition.offset !== '-1');
  };

  it('applies a redelivered event once', async () => {
    const group = 'inbox-spec.redelivery';
    const twice = event(1);
    const after = event(2);
    await startConsumer(group);
    await send(twice, twice, after);
    await waitFor('the event after the duplicate', () => appliedCount(after.id), (count) => count === 1);
    expect(await appliedCount(twice.id)).toBe(1);
    expect(await inboxCount(group, twice.id)).toBe(1);
  });

  it('retries a failing handler, rolling back each failed try, then succeeds', async () => {
    const group = 'inbox-spec.retry';
    const flaky = event(1);
    let calls = 0;
    await startConsumer(group, async (em, envelope) => {
      calls += 1;
      await record(em, envelope);
      await em.flush();
      if (calls < 3) throw new Error(`transient failure ${calls}`);
    });
    await send(flaky);
    await waitFor('the flaky event', () => appliedCount(flaky.id), (count) => count === 1);
    expect(calls).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await appliedCount(flaky.id)).toBe(1);
  });

  it('parks a poison message and an unreadable one on the DLQ with the error, then goes on', async () => {
    const group = 'inbox-spec.poison';
    const poison = event(1);
    const next = event(2);
    await startConsumer(group, async (em, envelope) => {
      if (envelope.id === poison.id) throw new Error('cannot apply: village not imported');
      await record(em, envelope);
    });
    await bus.publish([
      encodeEnvelope(TOPIC.name, poison),
      { topic: TOPIC.name, key: VILLAGE, value: '{"not":"an envelope"' },
      encodeEnvelope(TOPIC.name, next),
    ]);
    await waitFor('the message after the poison', () => appliedCount(next.id), (count) => count === 1);
    expect(await appliedCount(poison.id)).toBe(0);
    expect(await inboxCount(group, poison.id)).toBe(0);

    const dlq = await collectTopic(bus, `${group}.dlq`);
    stoppers.push(() => dlq.stop());
    await waitFor('two parked messages', async () => dlq.messages.length, (count) => count === 2);
    const [handlerFailed, unreadable] = dlq.messages;
    expect(handlerFailed.headers).toMatchObject({
      'dlq-reason': 'handler-failed',
      'dlq-error': 'cannot apply: village not imported',
      'dlq-attempts': '3',
      'dlq-consumer-group': group,
      'dlq-original-topic': TOPIC.name,
      'event-id': poison.id,
    });
    expect(JSON.parse(handlerFailed.value ?? '')).toEqual(poison);
    expect(handlerFailed.key).toBe(VILLAGE);
    expect(unreadable.headers['dlq-reason']).toBe('unreadable');
    expect(unreadable.value).toBe('{"not":"an envelope"');

    // Everything, parked or applied, is committed: the partition moved on.
    const committed = await waitFor('offsets committed', () => committedOffsets(group), (parts) => parts.length === 1);
    expect(committed[0].offset).toBe('3');
  });

  it('does not commit the offset while the transaction fails', async () => {
    const group = 'inbox-spec.offsets';
    const slow = event(1);
    let calls = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let blocked!: () => void;
    const isBlocked = new Promise<void>((resolve) => (blocked = resolve));
    await startConsumer(group, async (em, envelope) => {
      calls += 1;
      await record(em, envelope);
      await em.flush();
      if (calls < 3) throw new Error('database said no');
      blocked();
      await released;
    });
    try {
      await send(slow);
      await isBlocked;
      // Two failed transactions and one still open: nothing is visible, nothing is committed.
      expect(await committedOffsets(group)).toEqual([]);
      expect(await appliedCount(slow.id)).toBe(0);
      expect(await inboxCount(group, slow.id)).toBe(0);
    } finally {
      release();
    }
    const committed = await waitFor('the offset commit', () => committedOffsets(group), (parts) => parts.length === 1);
    expect(committed[0].offset).toBe('1');
    expect(await appliedCount(slow.id)).toBe(1);
  });

  it('records an unknown event type as seen and skips it', async () => {
    const group = 'inbox-spec.unknown';
    const unknown = { ...event(1), type: 'personnel.test-item.renamed.v3' };
    const known = event(2);
    await startConsumer(group);
    await send(unknown, known);
    await waitFor('the known event', () => appliedCount(known.id), (count) => count === 1);
    expect(await inboxCount(group, unknown.id)).toBe(1);
    expect(await appliedCount(unknown.id)).toBe(0);
  });

  it('stops during a retry without committing, and the next member applies the event', async () => {
    const group = 'inbox-spec.stop';
    const stuck = event(1);
    let failing = true;
    let tries = 0;
    const handle = async (em: Parameters<EventHandler>[0], envelope: EventEnvelope<TestItemChanged>) => {
      tries += 1;
      if (failing) throw new Error('not yet');
      await record(em, envelope);
    };
    const first = await startConsumer(group, handle, { retry: { attempts: 5, initialDelayMs: 2_000, maxDelayMs: 2_000 } });
    await send(stuck);
    await waitFor('a first failed try', async () => tries, (count) => count >= 1);
    const stopping = Date.now();
    await first.stop();
    expect(Date.now() - stopping).toBeLessThan(1_900);
    expect(await committedOffsets(group)).toEqual([]);

    failing = false;
    await startConsumer(group, handle);
    await waitFor('the event, applied by the next member', () => appliedCount(stuck.id), (count) => count === 1);
  });
});
