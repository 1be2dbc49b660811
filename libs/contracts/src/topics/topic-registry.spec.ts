import { EVENT_SOURCES } from '../envelope/event-envelope';
import { DOMAIN_TOPICS, deadLetterTopic, findTopic } from './topic-registry';

describe('topic registry', () => {
  it('has one six-partition topic per source, named after it', () => {
    for (const source of EVENT_SOURCES) {
      expect(DOMAIN_TOPICS[source]).toMatchObject({ name: `${source}.events`, partitions: 6 });
      expect(DOMAIN_TOPICS[source].configs['min.insync.replicas']).toBe('1');
      expect(Number(DOMAIN_TOPICS[source].configs['retention.ms'])).toBeGreaterThan(0);
    }
  });

  it('gives each consumer group its own dead-letter topic', () => {
    expect(deadLetterTopic('organization.membership-tally')).toMatchObject({ name: 'organization.membership-tally.dlq', partitions: 1 });
    expect(() => deadLetterTopic('Has Spaces')).toThrow(/consumer group/);
  });

  it('finds domain and dead-letter topics by name', () => {
    expect(findTopic('economy.events')).toBe(DOMAIN_TOPICS.economy);
    expect(findTopic('supervision.audit.dlq')?.name).toBe('supervision.audit.dlq');
    expect(findTopic('nobody.events')).toBeUndefined();
  });
});
