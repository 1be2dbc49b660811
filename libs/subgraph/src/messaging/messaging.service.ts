import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { domainTopic, findEventDefinition, type TopicDefinition } from '@grassroots/contracts';
import {
  type EventHandlers,
  InboxConsumer,
  KafkaMessageBus,
  type MessageBus,
  type MessagingLogger,
  OutboxCommitNudger,
  OutboxRelay,
  pruneMessages,
} from '@grassroots/messaging';
import { type SubgraphConfig } from '../config/subgraph-config';
import { SUBGRAPH_CONFIG } from '../config/subgraph-config.token';
import { ConsumesEvents, type EventHandlerSet } from './consumes-events.decorator';
import { type MessageBusProbe } from './message-bus.probe';

const START_RETRY_MS = 2_000;
// Published outbox rows and old inbox rows are deleted hourly (retention in pruneMessages).
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * Runs the subgraph's side of Kafka: the outbox relay that publishes committed events, and one
 * inbox consumer (group = the service name) over the handlers marked `@ConsumesEvents()`.
 * Kafka being down never stops the service from serving: both retry until the broker is back.
 */
@Injectable()
export class MessagingService implements OnApplicationBootstrap, BeforeApplicationShutdown, MessageBusProbe {
  private readonly logger = new Logger('Messaging');
  private bus: MessageBus | null = null;
  private relay: OutboxRelay | null = null;
  private consumer: InboxConsumer | null = null;
  private pruning: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Resolves once the consumer has joined its group (or at once when nothing is consumed). */
  readonly consuming: Promise<void>;
  private markConsuming!: () => void;

  constructor(
    @Inject(SUBGRAPH_CONFIG) private readonly config: SubgraphConfig,
    private readonly orm: MikroORM,
    private readonly discovery: DiscoveryService,
  ) {
    this.consuming = new Promise((resolve) => (this.markConsuming = resolve));
  }

  onApplicationBootstrap(): void {
    if (!this.config.messaging || this.config.offline) return this.markConsuming();
    const logger = this.messagingLogger();
    this.bus = new KafkaMessageBus({
      brokers: this.config.kafkaBrokers,
      clientId: this.config.service,
      topicPrefix: this.config.topicPrefix,
      logger,
    });
    const relay = new OutboxRelay({ em: this.orm.em, bus: this.bus, logger });
    this.relay = relay;
    this.orm.em.getEventManager().registerSubscriber(new OutboxCommitNudger(() => relay.nudge()));
    relay.start();
    this.pruning = setInterval(() => void this.prune(), PRUNE_EVERY_MS).unref();
    void this.prune();
    const handlers = this.collectHandlers();
    if (Object.keys(handlers).length === 0) return this.markConsuming();
    this.consumer = new InboxConsumer({
      em: this.orm.em,
      bus: this.bus,
      group: this.config.service,
      topics: topicsOf(handlers),
      handlers,
      logger,
    });
    void this.startConsumer();
  }

  async ping(): Promise<void> {
    if (!this.bus) throw new Error('messaging is not running in this process');
    await this.bus.ping();
  }

  /** Graceful stop: no new events taken, pending outbox rows flushed, connections closed. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.pruning) clearInterval(this.pruning);
    await this.consumer?.stop();
    if (this.relay) {
      await this.relay.flush(5_000).catch((error: unknown) => this.logger.warn(`outbox not fully flushed: ${String(error)}`));
      await this.relay.stop();
    }
    await this.bus?.disconnect();
  }

  private async prune(): Promise<void> {
    try {
      const pruned = await pruneMessages(this.orm.em.fork());
      if (pruned.outbox || pruned.inbox) this.logger.log(`pruned ${pruned.outbox} published outbox and ${pruned.inbox} inbox rows past retention`);
    } catch (error) {
      this.logger.warn(`pruning the outbox and inbox failed, next try in an hour: ${String(error)}`);
    }
  }

  private async startConsumer(): Promise<void> {
    while (!this.stopped && this.consumer) {
      try {
        await this.consumer.start();
        this.markConsuming();
        return;
      } catch (error) {
        this.logger.warn(`event consumer could not start, retrying in ${START_RETRY_MS} ms: ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, START_RETRY_MS));
      }
    }
  }

  private collectHandlers(): EventHandlers {
    const sets = this.discovery
      .getProviders({ metadataKey: ConsumesEvents.KEY })
      .map((wrapper) => wrapper.instance as EventHandlerSet | undefined)
      .filter((instance): instance is EventHandlerSet => Boolean(instance));
    const merged: Record<string, EventHandlers[string]> = {};
    for (const set of sets) {
      for (const [type, handler] of Object.entries(set.handlers())) {
        if (merged[type]) throw new Error(`two handlers for ${type} in ${this.config.service}: merge them into one`);
        merged[type] = handler;
      }
    }
    return merged;
  }

  private messagingLogger(): MessagingLogger {
    const log = (write: (message: object, context?: string) => void) => (message: string, fields?: object) =>
      write({ ...fields, msg: message });
    return {
      debug: log((message) => this.logger.debug(message)),
      info: log((message) => this.logger.log(message)),
      warn: log((message) => this.logger.warn(message)),
      error: log((message) => this.logger.error(message)),
    };
  }
}

/** The topics that carry the handled event types, from the contracts catalogue. */
function topicsOf(handlers: EventHandlers): TopicDefinition[] {
  const topics = new Map<string, TopicDefinition>();
  for (const type of Object.keys(handlers)) {
    const definition = findEventDefinition(type);
    if (!definition) throw new Error(`no event ${type} in the contracts catalogue`);
    topics.set(definition.topic.name, domainTopic(definition.source));
  }
  return [...topics.values()];
}
