import { type Admin, Kafka, type Message, Partitioners, type Producer, type TopicMessages } from 'kafkajs';
import { type TopicDefinition } from '@grassroots/contracts';
import { type MessagingLogger, consoleLogger } from '../support/messaging-logger';
import { KafkaConsumerRunner } from './kafka-consumer-runner';
import { KAFKA_RETRY, type KafkaLogLevel, kafkajsLevel, kafkajsLogCreator } from './kafka-settings';
import { type ConsumeOptions, type MessageBus, type OutgoingMessage, type Subscription } from './message-bus';

export type KafkaBusConfig = {
  brokers: string[];
  clientId: string;
  /**
   * Put before every topic name and consumer group id, so parallel test files (or two
   * environments on one cluster) never see each other's messages or offsets. Default ''.
   */
  topicPrefix?: string;
  logger?: MessagingLogger;
  /** How much of kafkajs's own logging reaches the logger; default 'error'. */
  kafkaLogLevel?: KafkaLogLevel;
};

const LEADER_WAIT_MS = 10_000;
const PING_TIMEOUT_MS = 3_000;

export class KafkaMessageBus implements MessageBus {
  private readonly kafka: Kafka;
  private readonly prefix: string;
  private readonly logger: MessagingLogger;
  private producer: Promise<Producer> | null = null;
  private admin: Promise<Admin> | null = null;
  private readonly ensured = new Set<string>();
  private readonly subscriptions = new Set<KafkaConsumerRunner>();

  constructor(config: KafkaBusConfig) {
    this.prefix = config.topicPrefix ?? '';
    this.logger = config.logger ?? consoleLogger('info');
    this.kafka = new Kafka({
      clientId: config.clientId,
      brokers: config.brokers,
      retry: KAFKA_RETRY,
      logLevel: kafkajsLevel(config.kafkaLogLevel ?? 'error'),
      logCreator: kafkajsLogCreator(this.logger),
    });
  }

  topicName(logical: string): string {
    return `${this.prefix}${logical}`;
  }

  async publish(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const producer = await this.connectedProducer();
    await producer.sendBatch({ topicMessages: groupByTopic(messages, (topic) => this.topicName(topic)), acks: -1 });
  }

  async consume(options: ConsumeOptions): Promise<Subscription> {
    const runner = new KafkaConsumerRunner(
      this.kafka,
      {
        groupId: this.topicName(options.groupId),
        topics: options.topics.map((topic) => this.topicName(topic)),
        fromBeginning: options.fromBeginning ?? true,
        handle: options.handle,
        logicalTopic: (topic) => (topic.startsWith(this.prefix) ? topic.slice(this.prefix.length) : topic),
      },
      this.logger,
    );
    await runner.start();
    this.subscriptions.add(runner);
    return {
      stop: async () => {
        this.subscriptions.delete(runner);
        await runner.stop();
      },
    };
  }

  async ensureTopics(topics: TopicDefinition[]): Promise<void> {
    const wanted = topics.filter((topic) => !this.ensured.has(topic.name));
    if (wanted.length === 0) return;
    const admin = await this.connectedAdmin();
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((topic) => !existing.has(this.topicName(topic.name)));
    if (missing.length > 0) {
      const created = await admin.createTopics({
        waitForLeaders: true,
        timeout: LEADER_WAIT_MS,
        topics: missing.map((topic) => ({
          topic: this.topicName(topic.name),
          numPartitions: topic.partitions,
          configEntries: Object.entries(topic.configs).map(([name, value]) => ({ name, value })),
        })),
      });
      // false: someone else created them meanwhile, and kafkajs skipped the leader wait.
      if (!created) await this.waitForLeaders(admin, missing.map((topic) => this.topicName(topic.name)));
      this.logger.info('created topics', { topics: missing.map((topic) => this.topicName(topic.name)) });
    }
    for (const topic of wanted) this.ensured.add(topic.name);
  }

  async deleteTopics(names: string[]): Promise<void> {
    const admin = await this.connectedAdmin();
    const existing = new Set(await admin.listTopics());
    const doomed = names.map((name) => this.topicName(name)).filter((name) => existing.has(name));
    if (doomed.length > 0) await admin.deleteTopics({ topics: doomed, timeout: LEADER_WAIT_MS });
    for (const name of names) this.ensured.delete(name);
    // kafkajs clients keep refreshing metadata of every topic they once used and fail on a
    // deleted one: start the producer and admin afresh.
    await this.disconnectClients();
  }

  async ping(): Promise<void> {
    const admin = await withTimeout(this.connectedAdmin(), PING_TIMEOUT_MS, 'Kafka did not answer');
    await withTimeout(admin.describeCluster(), PING_TIMEOUT_MS, 'Kafka did not answer');
  }

  async disconnect(): Promise<void> {
    await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.stop()));
    this.subscriptions.clear();
    await this.disconnectClients();
  }

  private async disconnectClients(): Promise<void> {
    const [producer, admin] = [this.producer, this.admin];
    this.producer = null;
    this.admin = null;
    await Promise.allSettled([
      producer?.then((connected) => connected.disconnect()),
      admin?.then((connected) => connected.disconnect()),
    ]);
  }

  private connectedProducer(): Promise<Producer> {
    this.producer ??= connectOrForget(
      this.kafka.producer({
        // Exactly once per partition across retries, in send order.
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        retry: KAFKA_RETRY,
        createPartitioner: Partitioners.DefaultPartitioner,
      }),
      () => (this.producer = null),
    );
    return this.producer;
  }

  private connectedAdmin(): Promise<Admin> {
    this.admin ??= connectOrForget(this.kafka.admin({ retry: KAFKA_RETRY }), () => (this.admin = null));
    return this.admin;
  }

  private async waitForLeaders(admin: Admin, topics: string[]): Promise<void> {
    const deadline = Date.now() + LEADER_WAIT_MS;
    for (;;) {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics }).catch(() => ({ topics: [] }));
      const ready =
        metadata.length === topics.length &&
        metadata.every((topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0));
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`no partition leaders for ${topics.join(', ')} after ${LEADER_WAIT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Connects once; a failed connection is forgotten so the next call tries again. */
function connectOrForget<T extends { connect(): Promise<void> }>(client: T, forget: () => void): Promise<T> {
  return client.connect().then(
    () => client,
    (error: unknown) => {
      forget();
      throw error;
    },
  );
}

function groupByTopic(messages: OutgoingMessage[], physical: (topic: string) => string): TopicMessages[] {
  const byTopic = new Map<string, Message[]>();
  for (const message of messages) {
    const topic = physical(message.topic);
    const list = byTopic.get(topic) ?? [];
    // Order within a topic is kept: the partitioner sends equal keys to one partition.
    list.push({ key: message.key, value: message.value, headers: message.headers });
    byTopic.set(topic, list);
  }
  return [...byTopic].map(([topic, list]) => ({ topic, messages: list }));
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
