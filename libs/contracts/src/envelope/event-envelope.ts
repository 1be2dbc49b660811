// The subgraphs that publish events; each owns one domain topic.
export const EVENT_SOURCES = ['organization', 'personnel', 'governance', 'supervision', 'economy'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/**
 * What travels on Kafka. `type` is `<name>.v<version>` (`personnel.member.joined.v1`);
 * `subject` is the region code the event concerns and also the message key, so one
 * village's events stay in one partition, in order.
 */
export type EventEnvelope<T> = {
  id: string;
  type: string;
  source: EventSource;
  subject: string;
  occurredAt: string;
  data: T;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_TYPE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+\.v[1-9][0-9]*$/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function isEventSource(value: unknown): value is EventSource {
  return typeof value === 'string' && (EVENT_SOURCES as readonly string[]).includes(value);
}

export function isEventType(value: unknown): value is string {
  return typeof value === 'string' && EVENT_TYPE.test(value);
}

/** Shape check for anything read off the wire; the payload itself is the handler's concern. */
export function isEventEnvelope(value: unknown): value is EventEnvelope<unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const candidate = value as Record<string, unknown>;
  return (
    isUuid(candidate['id']) &&
    isEventType(candidate['type']) &&
    isEventSource(candidate['source']) &&
    typeof candidate['subject'] === 'string' &&
    candidate['subject'].length > 0 &&
    typeof candidate['occurredAt'] === 'string' &&
    !Number.isNaN(Date.parse(candidate['occurredAt'])) &&
    'data' in candidate &&
    candidate['data'] !== undefined
  );
}
