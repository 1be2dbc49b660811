import { InboxMessage } from './inbox/inbox-message.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';

export * from './bus/message-bus';
export * from './bus/kafka-message-bus';
export { type KafkaLogLevel } from './bus/kafka-settings';
export * from './inbox/dead-letter';
export * from './inbox/event-handlers';
export * from './inbox/inbox-consumer';
export * from './inbox/inbox-message.entity';
export * from './outbox/outbox-message.entity';
export * from './outbox/outbox-relay';
export * from './outbox/outbox-commit-nudger';
export * from './outbox/stage-event';
export * from './support/backoff';
export { EVENT_HEADERS, UnreadableMessageError, decodeEnvelope, encodeEnvelope } from './support/envelope-codec';
export * from './support/messaging-logger';
export * from './support/message-pruning';

/** Register these in each service's MikroORM config; its migrations create the tables. */
export const MESSAGING_ENTITIES = [OutboxMessage, InboxMessage];
