import { type EntityManager } from '@mikro-orm/postgresql';
import { type EventEnvelope, type TopicDefinition, deadLetterTopic } from '@grassroots/contracts';
import { type DeliveryContext, type IncomingMessage, type MessageBus, type Subscription } from '../bus/message-bus';
import { type BackoffPolicy, WakeableSleep, backoffDelay } from '../support/backoff';
import { UnreadableMessageError, decodeEnvelope } from '../support/envelope-codec';
import { type MessagingLogger, consoleLogger, errorMessage } from '../support/messaging-logger';
import { type DeadLetterReason, deadLetterMessage } from './dead-letter';
import { type EventHandler, type EventHandlers } from './event-handlers';
import { InboxMessage } from './inbox-message.entity';

export type InboxRetryPolicy = BackoffPolicy & {
  /** Tries per message before it goes to the dead-letter topic; default 5. */
  attempts: number;
};

export type InboxConsumerOptions = {
  /** Any manager of the service's database: each message gets its own fork. */
  em: EntityManager;
  bus: MessageBus;
  /** Consumer group, e.g. `organization.membership-tally`; also names the DLQ topic. */
  group: string;
  topics: TopicDefinition[];
  handlers: EventHandlers;
  retry?: Partial<InboxRetryPolicy>;
  logger?: MessagingLogger;
};

export type ApplyOutcome = 'applied' | 'duplicate' | 'unknown-type';

const DEFAULT_RETRY: InboxRetryPolicy = { attempts: 5, initialDelayMs: 200, maxDelayMs: 5_000 };

class ConsumerStoppingError extends Error {
  constructor() {
    super('inbox consumer is stopping: the message will be delivered again');
    this.name = 'ConsumerStoppingError';
  }
}

/**
 * Applies each event exactly once per consumer group: the inbox row and the handler's writes
 * commit in one transaction, and the Kafka offset is committed only after that. A failing
 * handler is retried with backoff, then the message is parked on `<group>.dlq` and the
 * partition moves on.
 */
export class InboxConsumer {
  private readonly retry: InboxRetryPolicy;
  private readonly logger: MessagingLogger;
  private readonly dlqTopic: TopicDefinition;
  private readonly pause = new WakeableSleep();
  private subscription: Subscription | null = null;
  private stopping = false;

  constructor(private readonly options: InboxConsumerOptions) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.logger = options.logger ?? consoleLogger('info', `inbox ${options.group}`);
    this.dlqTopic = deadLetterTopic(options.group);
  }

  /** Creates the topics if needed, joins the group; resolves once consuming. */
  async start(): Promise<void> {
    if (this.subscription) return;
    this.stopping = false;
    await this.options.bus.ensureTopics([...this.options.topics, this.dlqTopic]);
    this.subscription = await this.options.bus.consume({
      groupId: this.options.group,
      topics: this.options.topics.map((topic) => topic.name),
      handle: (message, context) => this.deliver(message, context),
    });
  }

  /** Cuts retries short and leaves the group; an unfinished message is delivered again later. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.pause.wake();
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.stop();
  }

  /** Applies one event in its own transaction; exposed for tests and replay tools. */
  async apply(envelope: EventEnvelope<unknown>): Promise<ApplyOutcome> {
    const handler: EventHandler | undefined = Object.hasOwn(this.options.handlers, envelope.type)
      ? this.options.handlers[envelope.type]
      : undefined;
    return this.options.em.fork().transactional(async (tx): Promise<ApplyOutcome> => {
      // Waits on a concurrent insert of the same event, then skips it: applied once.
      const inserted = await tx
        .createQueryBuilder(InboxMessage)
        .insert({ consumerGroup: this.options.group, eventId: envelope.id, type: envelope.type, receivedAt: new Date() })
        .onConflict(['consumerGroup', 'eventId'])
        .ignore()
        .execute('run');
      if (inserted.affectedRows === 0) return 'duplicate';
      // Recorded as seen, so a later handler for a new type does not replay history by accident.
      if (!handler) return 'unknown-type';
      await handler(tx, envelope as EventEnvelope<never>);
      return 'applied';
    });
  }

  private async deliver(message: IncomingMessage, context: DeliveryContext): Promise<void> {
    let envelope: EventEnvelope<unknown>;
    try {
      envelope = decodeEnvelope(message);
    } catch (error) {
      if (!(error instanceof UnreadableMessageError)) throw error;
      await this.deadLetter(message, 'unreadable', error, 0);
      return;
    }

    let lastError: unknown;
    for (let attempt = 1; attempt <= this.retry.attempts; attempt += 1) {
      if (this.stopping) throw new ConsumerStoppingError();
      try {
        const outcome = await this.apply(envelope);
        this.logger.debug('event handled', { id: envelope.id, type: envelope.type, outcome, attempt });
        return;
      } catch (error) {
        lastError = error;
        this.logger.warn('event handler failed', {
          id: envelope.id,
          type: envelope.type,
          attempt,
          of: this.retry.attempts,
          error: errorMessage(error),
        });
      }
      if (attempt < this.retry.attempts) {
        await context.heartbeat().catch(() => undefined);
        await this.pause.sleep(backoffDelay(attempt, this.retry));
      }
    }
    if (this.stopping) throw new ConsumerStoppingError();
    // With the database down every message would fail: park nothing, let Kafka redeliver.
    if (!(await this.databaseAnswers())) {
      throw new Error(`database unreachable, ${envelope.type} ${envelope.id} will be delivered again`, { cause: lastError });
    }
    await this.deadLetter(message, 'handler-failed', lastError, this.retry.attempts);
  }

  private async deadLetter(message: IncomingMessage, reason: DeadLetterReason, error: unknown, attempts: number): Promise<void> {
    this.logger.error('message moved to the dead-letter topic', {
      dlq: this.dlqTopic.name,
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      reason,
      error: errorMessage(error),
    });
    // If this publish fails the offset stays uncommitted and the message comes back.
    await this.options.bus.publish([
      deadLetterMessage(this.dlqTopic.name, message, { reason, error, attempts, consumerGroup: this.options.group }),
    ]);
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await this.options.em.fork().execute('select 1');
      return true;
    } catch {
      return false;
    }
  }
}
