import { type EntityManager } from '@mikro-orm/postgresql';
import { type EventDefinition, type EventEnvelope } from '@grassroots/contracts';

/**
 * Applies one event inside the inbox transaction; `em` is that transaction's manager. `never`
 * lets a handler typed for one event's payload sit in a map with the others.
 */
export type EventHandler = (em: EntityManager, envelope: EventEnvelope<never>) => Promise<void>;

/** Event type (`personnel.member.joined.v1`) → handler. */
export type EventHandlers = Readonly<Record<string, EventHandler>>;

/** `{ ...on(memberJoined, (em, event) => ...) }`: the handler sees the typed payload. */
export function on<T>(
  definition: EventDefinition<T>,
  handler: (em: EntityManager, envelope: EventEnvelope<T>) => Promise<void>,
): Record<string, EventHandler> {
  return { [definition.type]: handler };
}
