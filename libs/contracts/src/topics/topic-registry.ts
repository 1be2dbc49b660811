import { type EventSource } from '../envelope/event-envelope';

export type TopicDefinition = {
  name: string;
  partitions: number;
  configs: Readonly<Record<string, string>>;
};

const DAY_MS = 24 * 60 * 60 * 1000;

// Six partitions: room for six consumers per group, and keys (villages) spread evenly.
const DOMAIN_TOPIC_CONFIGS = {
  'cleanup.policy': 'delete',
  'retention.ms': String(14 * DAY_MS),
  'min.insync.replicas': '1',
} as const;

function domainTopicOf(source: EventSource): TopicDefinition {
  return { name: `${source}.events`, partitions: 6, configs: DOMAIN_TOPIC_CONFIGS };
}

/** One topic per publishing subgraph: every event of a domain goes to its topic. */
export const DOMAIN_TOPICS: Readonly<Record<EventSource, TopicDefinition>> = {
  organization: domainTopicOf('organization'),
  personnel: domainTopicOf('personnel'),
  governance: domainTopicOf('governance'),
  supervision: domainTopicOf('supervision'),
  economy: domainTopicOf('economy'),
};

export function domainTopic(source: EventSource): TopicDefinition {
  return DOMAIN_TOPICS[source];
}

export function isDeadLetterTopic(name: string): boolean {
  return name.endsWith('.dlq');
}

/** Where a consumer group parks messages it could not apply; kept long enough to replay. */
export function deadLetterTopic(consumerGroup: string): TopicDefinition {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(consumerGroup)) {
    throw new Error(`consumer group "${consumerGroup}" must be lower-case letters, digits, ".", "_" or "-"`);
  }
  return {
    name: `${consumerGroup}.dlq`,
    // Parked messages are replayed by hand: one partition keeps them in arrival order.
    partitions: 1,
    configs: { 'cleanup.policy': 'delete', 'retention.ms': String(90 * DAY_MS), 'min.insync.replicas': '1' },
  };
}

/** The registered definition of a topic name, domain or dead-letter; undefined if unknown. */
export function findTopic(name: string): TopicDefinition | undefined {
  const domain = Object.values(DOMAIN_TOPICS).find((topic) => topic.name === name);
  if (domain) return domain;
  return isDeadLetterTopic(name) ? deadLetterTopic(name.slice(0, -'.dlq'.length)) : undefined;
}
