import { type TopicDefinition } from '@grassroots/contracts';

// The lib's own view of a broker: kafkajs stays behind it (kafka-message-bus.ts).

export type MessageHeaders = Record<string, string>;

export type OutgoingMessage = {
  topic: string;
  key: string | null;
  value: string | null;
  headers?: MessageHeaders;
};

export type IncomingMessage = {
  /** The logical topic name, without the bus's topic prefix. */
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: MessageHeaders;
};

export type DeliveryContext = {
  /** Keeps the group membership alive during a long handler (retries, backoff). */
  heartbeat(): Promise<void>;
};

/**
 * Called once per message, in partition order. Resolving commits the message's offset;
 * throwing leaves it uncommitted and the bus delivers the same message again.
 */
export type MessageHandler = (message: IncomingMessage, context: DeliveryContext) => Promise<void>;

export type ConsumeOptions = {
  groupId: string;
  topics: string[];
  handle: MessageHandler;
  /** Where a group with no committed offset starts; default true: nothing published is missed. */
  fromBeginning?: boolean;
};

export type Subscription = {
  /** Waits for the message in hand, then leaves the group. */
  stop(): Promise<void>;
};

export type MessageBus = {
  /** Sends in order; resolves once the broker has every message (acks from all replicas). */
  publish(messages: OutgoingMessage[]): Promise<void>;
  /** Joins the group and resolves once consuming has started. */
  consume(options: ConsumeOptions): Promise<Subscription>;
  /** Creates the missing ones and waits for their partition leaders. */
  ensureTopics(topics: TopicDefinition[]): Promise<void>;
  deleteTopics(names: string[]): Promise<void>;
  /** Fails when no broker answers: for readiness checks. */
  ping(): Promise<void>;
  disconnect(): Promise<void>;
};
