import { type EventEnvelope, isEventEnvelope } from '@grassroots/contracts';
import { type IncomingMessage, type MessageHeaders, type OutgoingMessage } from '../bus/message-bus';

// Copies of envelope fields in headers, so tools can route and filter without parsing JSON.
export const EVENT_HEADERS = {
  id: 'event-id',
  type: 'event-type',
  source: 'event-source',
  contentType: 'content-type',
} as const;

/** A message that can never be applied, however often it is retried. */
export class UnreadableMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableMessageError';
  }
}

export function encodeEnvelope(topic: string, envelope: EventEnvelope<unknown>): OutgoingMessage {
  return {
    topic,
    // The region code: one village's events land in one partition, in order.
    key: envelope.subject,
    value: JSON.stringify(envelope),
    headers: envelopeHeaders(envelope),
  };
}

export function envelopeHeaders(envelope: EventEnvelope<unknown>): MessageHeaders {
  return {
    [EVENT_HEADERS.id]: envelope.id,
    [EVENT_HEADERS.type]: envelope.type,
    [EVENT_HEADERS.source]: envelope.source,
    [EVENT_HEADERS.contentType]: 'application/json',
  };
}

export function decodeEnvelope(message: IncomingMessage): EventEnvelope<unknown> {
  if (message.value === null || message.value === '') {
    throw new UnreadableMessageError('empty message value');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(message.value);
  } catch (error) {
    throw new UnreadableMessageError(`value is not JSON: ${(error as Error).message}`);
  }
  if (!isEventEnvelope(parsed)) {
    throw new UnreadableMessageError('value is not an event envelope (id, type, source, subject, occurredAt, data)');
  }
  return parsed;
}
