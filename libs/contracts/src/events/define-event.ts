import { randomUUID } from 'node:crypto';
import { isRegionCode } from '@grassroots/kernel';
import { type EventEnvelope, type EventSource, isUuid } from '../envelope/event-envelope';
import { type TopicDefinition, domainTopic } from '../topics/topic-registry';

export type EventDefinition<T> = {
  /** `personnel.member.joined`: `<source>.<aggregate>.<past-tense verb>`. */
  readonly name: string;
  readonly version: number;
  /** `personnel.member.joined.v1`: what `envelope.type` carries. */
  readonly type: string;
  readonly topic: TopicDefinition;
  readonly source: EventSource;
  create(subject: string, data: T, options?: CreateEventOptions): EventEnvelope<T>;
  is(envelope: EventEnvelope<unknown>): envelope is EventEnvelope<T>;
};

export type CreateEventOptions = {
  /** Defaults to a random uuid; pass one to make a retried command produce the same event. */
  id?: string;
  occurredAt?: Date | string;
};

const EVENT_NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/;

export function defineEvent<T>(spec: {
  name: string;
  version: number;
  topic: TopicDefinition;
  source: EventSource;
}): EventDefinition<T> {
  const { name, version, topic, source } = spec;
  if (!EVENT_NAME.test(name) || !name.startsWith(`${source}.`)) {
    throw new Error(`event name "${name}" must read "${source}.<aggregate>.<verb>" in lower case`);
  }
  if (!Number.isInteger(version) || version < 1) {
    throw new Error(`event ${name}: version must be a positive integer, got ${version}`);
  }
  // One topic per domain: a wrong topic here would hide the event from every consumer.
  if (topic.name !== domainTopic(source).name) {
    throw new Error(`event ${name}: a ${source} event belongs on ${domainTopic(source).name}, not ${topic.name}`);
  }
  const type = `${name}.v${version}`;

  return {
    name,
    version,
    type,
    topic,
    source,
    create(subject, data, options = {}) {
      if (!isRegionCode(subject)) {
        throw new Error(`event ${type}: subject "${subject}" is not a region code`);
      }
      const id = options.id ?? randomUUID();
      if (!isUuid(id)) throw new Error(`event ${type}: id "${id}" is not a uuid`);
      const occurredAt = toIsoString(options.occurredAt ?? new Date(), type);
      return { id, type, source, subject, occurredAt, data };
    },
    is(envelope): envelope is EventEnvelope<T> {
      return envelope.type === type;
    },
  };
}

function toIsoString(value: Date | string, type: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new Error(`event ${type}: occurredAt "${String(value)}" is not a date`);
  return date.toISOString();
}
