import { isEventEnvelope } from '../envelope/event-envelope';
import { DOMAIN_TOPICS } from '../topics/topic-registry';
import { defineEvent } from './define-event';

type Sample = { value: number };

describe(defineEvent.name, () => {
  const sut = defineEvent<Sample>({
    name: 'governance.meeting.held',
    version: 2,
    topic: DOMAIN_TOPICS.governance,
    source: 'governance',
  });

  it('names the type after the event and its version', () => {
    expect(sut.type).toBe('governance.meeting.held.v2');
    expect(sut.topic.name).toBe('governance.events');
  });

  it('creates a valid envelope with a fresh id and the current time', () => {
    const before = Date.now();
    const envelope = sut.create('421181111229', { value: 1 });
    expect(isEventEnvelope(envelope)).toBe(true);
    expect(envelope).toMatchObject({ type: sut.type, source: 'governance', subject: '421181111229', data: { value: 1 } });
    expect(Date.parse(envelope.occurredAt)).toBeGreaterThanOrEqual(before);
    expect(sut.create('421181111229', { value: 1 }).id).not.toBe(envelope.id);
  });

  it('keeps a given id and time so a retried command produces the same event', () => {
    const id = '0b8f5a1e-7c52-4c2d-9a8e-3f1d2c4b5a69';
    const envelope = sut.create('421181', { value: 2 }, { id, occurredAt: new Date('2026-11-25T08:00:00+08:00') });
    expect(envelope.id).toBe(id);
    expect(envelope.occurredAt).toBe('2026-11-25T00:00:00.000Z');
  });

  it('refuses a subject that is not a region code, a bad id and a bad time', () => {
    expect(() => sut.create('village-1', { value: 1 })).toThrow(/not a region code/);
    expect(() => sut.create('421181', { value: 1 }, { id: '42' })).toThrow(/not a uuid/);
    expect(() => sut.create('421181', { value: 1 }, { occurredAt: 'yesterday' })).toThrow(/not a date/);
  });

  it('recognises its own envelopes only', () => {
    const other = defineEvent<Sample>({ name: 'governance.meeting.cancelled', version: 1, topic: DOMAIN_TOPICS.governance, source: 'governance' });
    expect(sut.is(sut.create('42', { value: 1 }))).toBe(true);
    expect(sut.is(other.create('42', { value: 1 }))).toBe(false);
  });

  it('refuses a name outside its source, a bad version and another domain topic', () => {
    const base = { version: 1, topic: DOMAIN_TOPICS.governance, source: 'governance' as const };
    expect(() => defineEvent({ ...base, name: 'personnel.member.joined' })).toThrow(/governance\.<aggregate>/);
    expect(() => defineEvent({ ...base, name: 'governance.Meeting.held' })).toThrow(/lower case/);
    expect(() => defineEvent({ ...base, name: 'governance.meeting' })).toThrow(/lower case/);
    expect(() => defineEvent({ ...base, name: 'governance.meeting.held', version: 0 })).toThrow(/positive integer/);
    expect(() => defineEvent({ ...base, name: 'governance.meeting.held', topic: DOMAIN_TOPICS.economy })).toThrow(
      /belongs on governance\.events/,
    );
  });
});
