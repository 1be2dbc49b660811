import { type Consumer, type EachMessagePayload, type IHeaders, type Kafka } from 'kafkajs';
import { backoffDelay } from '../support/backoff';
import { type MessagingLogger, errorMessage } from '../support/messaging-logger';
import {
  CONSUMER_HEARTBEAT_INTERVAL_MS,
  CONSUMER_MAX_WAIT_MS,
  CONSUMER_SESSION_TIMEOUT_MS,
  KAFKA_RETRY,
} from './kafka-settings';
import { type MessageHandler, type MessageHeaders, type Subscription } from './message-bus';

export type ConsumerRunnerOptions = {
  /** Already prefixed. */
  groupId: string;
  /** Already prefixed. */
  topics: string[];
  fromBeginning: boolean;
  handle: MessageHandler;
  /** Turns a prefixed topic back into its logical name. */
  logicalTopic: (topic: string) => string;
};

const RESTART_BACKOFF = { initialDelayMs: 1_000, maxDelayMs: 30_000 };

/**
 * One consumer group member with manual offset commits. kafkajs restarts a consumer after a
 * retriable crash by itself; after any other crash we build a new consumer here.
 */
export class KafkaConsumerRunner implements Subscription {
  private consumer: Consumer | null = null;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private failedRestarts = 0;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: ConsumerRunnerOptions,
    private readonly logger: MessagingLogger,
  ) {}

  async start(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      // The consumer's own default (5 retries) would override the client's.
      retry: KAFKA_RETRY,
      sessionTimeout: CONSUMER_SESSION_TIMEOUT_MS,
      heartbeatInterval: CONSUMER_HEARTBEAT_INTERVAL_MS,
      maxWaitTimeInMs: CONSUMER_MAX_WAIT_MS,
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => this.onCrash(consumer, payload.error, payload.restart));
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: this.options.topics, fromBeginning: this.options.fromBeginning });
      await consumer.run({ autoCommit: false, eachMessage: (payload) => this.deliver(consumer, payload) });
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    const consumer = this.consumer;
    this.consumer = null;
    // disconnect() stops fetching, waits for the message in hand and leaves the group.
    await consumer?.disconnect();
  }

  private async deliver(consumer: Consumer, payload: EachMessagePayload): Promise<void> {
    const { topic, partition, message, heartbeat } = payload;
    await this.options.handle(
      {
        topic: this.options.logicalTopic(topic),
        partition,
        offset: message.offset,
        key: message.key ? message.key.toString('utf8') : null,
        value: message.value ? message.value.toString('utf8') : null,
        headers: decodeHeaders(message.headers),
      },
      { heartbeat },
    );
    // Only after the handler's work is durable; if this fails the message comes again and
    // the handler must recognise it (the inbox does).
    await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
  }

  private onCrash(consumer: Consumer, error: Error, restartedByKafkajs: boolean): void {
    if (this.stopping || consumer !== this.consumer) return;
    this.logger.error('consumer crashed', {
      groupId: this.options.groupId,
      error: errorMessage(error),
      restart: restartedByKafkajs ? 'by kafkajs' : 'by runner',
    });
    if (!restartedByKafkajs) this.scheduleRestart(consumer);
  }

  private scheduleRestart(crashed: Consumer): void {
    this.failedRestarts += 1;
    const delay = backoffDelay(this.failedRestarts, RESTART_BACKOFF);
    this.restartTimer = setTimeout(() => void this.restart(crashed), delay);
  }

  private async restart(crashed: Consumer): Promise<void> {
    this.restartTimer = null;
    if (this.stopping) return;
    await crashed.disconnect().catch(() => undefined);
    try {
      await this.start();
      this.failedRestarts = 0;
      this.logger.info('consumer restarted', { groupId: this.options.groupId });
    } catch (error) {
      if (this.stopping) return;
      this.logger.error('consumer restart failed', { groupId: this.options.groupId, error: errorMessage(error) });
      this.scheduleRestart(this.consumer ?? crashed);
    }
  }
}

function decodeHeaders(headers: IHeaders | undefined): MessageHeaders {
  const out: MessageHeaders = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (value !== undefined) out[name] = value.toString();
  }
  return out;
}
