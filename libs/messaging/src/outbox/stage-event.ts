import { type EntityManager } from '@mikro-orm/postgresql';
import { type EventEnvelope, domainTopic, isEventEnvelope } from '@grassroots/contracts';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Adds the event to the caller's unit of work: it is written by the caller's flush, in the
 * same transaction as the state change, and published by the relay after commit.
 */
export function stageEvent(em: EntityManager, envelope: EventEnvelope<unknown>): OutboxMessage {
  if (!isEventEnvelope(envelope)) {
    throw new Error(`not a valid event envelope: ${JSON.stringify(envelope).slice(0, 200)}`);
  }
  const message = new OutboxMessage({
    id: envelope.id,
    // Every event of a domain goes on that domain's topic (contracts topic registry).
    topic: domainTopic(envelope.source).name,
    key: envelope.subject,
    type: envelope.type,
    payload: envelope,
    occurredAt: new Date(envelope.occurredAt),
  });
  em.persist(message);
  return message;
}
