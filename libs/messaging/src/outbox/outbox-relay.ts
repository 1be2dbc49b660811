import { type EntityManager, QueryOrder, raw } from '@mikro-orm/postgresql';
import { findTopic } from '@grassroots/contracts';
import { type MessageBus, type OutgoingMessage } from '../bus/message-bus';
import { type BackoffPolicy, WakeableSleep, backoffDelay } from '../support/backoff';
import { envelopeHeaders } from '../support/envelope-codec';
import { type MessagingLogger, consoleLogger, errorMessage } from '../support/messaging-logger';
import { OutboxMessage } from './outbox-message.entity';

export type OutboxRelayOptions = {
  /** Any manager of the service's database: the relay forks its own. */
  em: EntityManager;
  bus: MessageBus;
  /** How often to look for rows when nobody nudges; default 200 ms. */
  pollIntervalMs?: number;
  /** Rows per transaction and per Kafka batch; default 500. */
  batchSize?: number;
  /** Advisory lock id; one relay per database holds it at a time. */
  lockKey?: number;
  /** Waits after a failed pass (Kafka down); default 500 ms doubling to 10 s. */
  backoff?: BackoffPolicy;
  logger?: MessagingLogger;
};

export type RelayPass = {
  /** False when another relay on this database held the lock. */
  locked: boolean;
  published: number;
  error?: unknown;
};

// "outbox" in ASCII: any constant works, each service has its own database.
export const OUTBOX_RELAY_LOCK_KEY = 0x6f7574626f78;
const LAST_ERROR_MAX = 2_000;

/**
 * Publishes committed outbox rows in `seq` order. A pass runs in one transaction holding a
 * transaction-scoped advisory lock, so two relays on one database never interleave and the
 * order per key holds. When Kafka is down the rows stay and the relay backs off.
 */
export class OutboxRelay {
  private readonly em: EntityManager;
  private readonly bus: MessageBus;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly lockKey: number;
  private readonly backoff: BackoffPolicy;
  private readonly logger: MessagingLogger;
  private readonly sleeper = new WakeableSleep();
  private loop: Promise<void> | null = null;
  private stopping = false;
  private failures = 0;

  constructor(options: OutboxRelayOptions) {
    this.em = options.em;
    this.bus = options.bus;
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.batchSize = options.batchSize ?? 500;
    this.lockKey = options.lockKey ?? OUTBOX_RELAY_LOCK_KEY;
    this.backoff = options.backoff ?? { initialDelayMs: 500, maxDelayMs: 10_000 };
    this.logger = options.logger ?? consoleLogger('info', 'outbox-relay');
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Publish now rather than at the next poll, e.g. right after a commit. */
  nudge(): void {
    // While Kafka is down, nudges would only turn the backoff into a busy loop.
    if (this.failures === 0) this.sleeper.wake();
  }

  /**
   * Ends the polling loop after the pass in progress, waiting at most `timeoutMs`: with Kafka
   * down a pass can hang in kafkajs's send retries for a minute. Pending rows stay for the next
   * start; an abandoned pass only causes a duplicate, which the inbox absorbs.
   */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopping = true;
    this.sleeper.wake();
    const loop = this.loop;
    this.loop = null;
    if (loop && (await settlesWithin(loop, timeoutMs)) === 'timeout') {
      this.logger.warn('outbox relay stopped with a publish still in flight', { timeoutMs });
    }
  }

  /** Publishes everything pending (graceful shutdown); throws if it cannot within the time. */
  async flush(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown = null;
    while (Date.now() < deadline) {
      const outcome = await settlesWithin(
        this.relayOnce().catch((error: unknown): RelayPass => ({ locked: false, published: 0, error })),
        deadline - Date.now(),
      );
      if (outcome === 'timeout') break;
      const pass = outcome.value;
      if (pass.locked && !pass.error && pass.published === 0) return;
      if (pass.error) lastError = pass.error;
      // Another pass holds the lock, or Kafka failed: try again shortly.
      if (!pass.locked || pass.error) await new Promise((resolve) => setTimeout(resolve, pass.error ? 500 : 50));
    }
    const pending = await this.pendingCount();
    throw new Error(`outbox flush: ${pending} message(s) still pending after ${timeoutMs} ms`, { cause: lastError ?? undefined });
  }

  pendingCount(): Promise<number> {
    return this.em.fork().count(OutboxMessage, { publishedAt: null });
  }

  /** One pass: lock, read a batch in order, publish it, mark it. */
  async relayOnce(): Promise<RelayPass> {
    return this.em.fork().transactional(async (tx) => {
      const [lock] = await tx.execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?) as locked', [this.lockKey]);
      if (!lock?.locked) return { locked: false, published: 0 };

      const batch = await tx.find(
        OutboxMessage,
        { publishedAt: null },
        { orderBy: { seq: QueryOrder.ASC }, limit: this.batchSize },
      );
      if (batch.length === 0) return { locked: true, published: 0 };
      const seqs = batch.map((message) => message.seq);

      try {
        await this.bus.ensureTopics(
          [...new Set(batch.map((message) => message.topic))].map(
            (name) => findTopic(name) ?? { name, partitions: 6, configs: {} },
          ),
        );
        await this.bus.publish(batch.map(toOutgoing));
      } catch (error) {
        // Kept in the same transaction: the rows stay unpublished, the failure is visible.
        await tx.nativeUpdate(
          OutboxMessage,
          { seq: { $in: seqs } },
          { attempts: raw('attempts + 1'), lastError: errorMessage(error).slice(0, LAST_ERROR_MAX) },
        );
        return { locked: true, published: 0, error };
      }

      await tx.nativeUpdate(
        OutboxMessage,
        { seq: { $in: seqs } },
        { publishedAt: new Date(), attempts: raw('attempts + 1'), lastError: null },
      );
      return { locked: true, published: batch.length };
    });
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const pass = await this.relayOnce().catch((error: unknown): RelayPass => ({ locked: false, published: 0, error }));
      if (pass.error) {
        this.failures += 1;
        const delay = backoffDelay(this.failures, this.backoff);
        this.logger.warn('outbox publish failed, will retry', { error: errorMessage(pass.error), failures: this.failures, retryInMs: delay });
        await this.sleeper.sleep(delay);
        continue;
      }
      if (this.failures > 0) this.logger.info('outbox publishing again', { afterFailures: this.failures });
      this.failures = 0;
      // A full batch means more are waiting: go again at once.
      if (pass.published >= this.batchSize) continue;
      await this.sleeper.sleep(this.pollIntervalMs);
    }
  }
}

function toOutgoing(message: OutboxMessage): OutgoingMessage {
  return {
    topic: message.topic,
    key: message.key,
    value: JSON.stringify(message.payload),
    headers: envelopeHeaders(message.payload),
  };
}

async function settlesWithin<T>(promise: Promise<T>, ms: number): Promise<{ value: T } | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), Math.max(0, ms))));
  try {
    return await Promise.race([promise.then((value) => ({ value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
