import { Entity, type Opt, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/postgresql';

// One row per event a consumer group has applied: written in the handler's transaction, so
// "applied" and "recorded" commit together and a redelivered event is recognised.
@Entity({ tableName: 'inbox_message' })
export class InboxMessage {
  [PrimaryKeyProp]?: ['consumerGroup', 'eventId'];

  @PrimaryKey({ type: 'varchar', length: 200 })
  consumerGroup: string;

  @PrimaryKey({ type: 'uuid' })
  eventId: string;

  @Property({ type: 'varchar', length: 200 })
  type: string;

  @Property({ type: 'datetime' })
  receivedAt: Opt<Date> = new Date();

  constructor(consumerGroup: string, eventId: string, type: string) {
    this.consumerGroup = consumerGroup;
    this.eventId = eventId;
    this.type = type;
  }
}
