import { BigIntType, Entity, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { type EventEnvelope } from '@grassroots/contracts';

export type NewOutboxMessage = {
  id: string;
  topic: string;
  key: string;
  type: string;
  payload: EventEnvelope<unknown>;
  occurredAt: Date;
};

// An event waiting to be published, written in the same transaction as the change it
// describes. The relay publishes in `seq` order and stamps `published_at`.
@Entity({ tableName: 'outbox_message' })
// Only unpublished rows are ever scanned: the index stays as small as the backlog.
@Index({
  name: 'outbox_message_unpublished_idx',
  expression: 'create index "outbox_message_unpublished_idx" on "outbox_message" ("seq") where "published_at" is null',
})
export class OutboxMessage {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  seq!: Opt<string>;

  /** The event id: consumers de-duplicate on it. */
  @Property({ type: 'uuid' })
  @Unique({ name: 'outbox_message_id_key' })
  id: string;

  /** Logical topic name (no environment prefix). */
  @Property({ type: 'varchar', length: 249 })
  topic: string;

  /** The message key: the event's region code. */
  @Property({ type: 'varchar', length: 64 })
  key: string;

  @Property({ type: 'varchar', length: 200 })
  type: string;

  /** The whole envelope, published as is. */
  @Property({ type: 'json' })
  payload: EventEnvelope<unknown>;

  @Property({ type: 'datetime' })
  occurredAt: Date;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Opt<Date> | null = null;

  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  lastError: Opt<string> | null = null;

  constructor(message: NewOutboxMessage) {
    this.id = message.id;
    this.topic = message.topic;
    this.key = message.key;
    this.type = message.type;
    this.payload = message.payload;
    this.occurredAt = message.occurredAt;
  }
}
