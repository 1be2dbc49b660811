import { type IncomingMessage } from '../bus/message-bus';
import { deadLetterMessage } from './dead-letter';

describe(deadLetterMessage.name, () => {
  const original: IncomingMessage = {
    topic: 'personnel.events',
    partition: 3,
    offset: '41',
    key: '421181111229',
    value: '{"id":"x"}',
    headers: { 'event-id': 'x', 'event-type': 'personnel.member.joined.v1' },
  };

  it('keeps the message as it was and says why and where it failed', () => {
    const sut = deadLetterMessage('organization.tally.dlq', original, {
      reason: 'handler-failed',
      error: new TypeError('region 421181111229 is not imported'),
      attempts: 5,
      consumerGroup: 'organization.tally',
      failedAt: new Date('2026-11-25T00:00:00Z'),
    });
    expect(sut).toEqual({
      topic: 'organization.tally.dlq',
      key: '421181111229',
      value: '{"id":"x"}',
      headers: {
        'event-id': 'x',
        'event-type': 'personnel.member.joined.v1',
        'dlq-reason': 'handler-failed',
        'dlq-error': 'region 421181111229 is not imported',
        'dlq-error-name': 'TypeError',
        'dlq-attempts': '5',
        'dlq-consumer-group': 'organization.tally',
        'dlq-original-topic': 'personnel.events',
        'dlq-original-partition': '3',
        'dlq-original-offset': '41',
        'dlq-failed-at': '2026-11-25T00:00:00.000Z',
      },
    });
  });

  it('cuts a very long error message', () => {
    const sut = deadLetterMessage('g.dlq', original, { reason: 'unreadable', error: 'x'.repeat(10_000), attempts: 0, consumerGroup: 'g' });
    expect(sut.headers?.['dlq-error']).toHaveLength(2_000);
    expect(sut.headers?.['dlq-error-name']).toBe('string');
  });
});
