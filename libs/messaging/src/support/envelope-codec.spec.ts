import { memberJoined } from '@grassroots/contracts';
import { type IncomingMessage } from '../bus/message-bus';
import { UnreadableMessageError, decodeEnvelope, encodeEnvelope } from './envelope-codec';

const incoming = (value: string | null): IncomingMessage => ({
  topic: 'personnel.events',
  partition: 0,
  offset: '7',
  key: '421181111229',
  value,
  headers: {},
});

describe(encodeEnvelope.name, () => {
  const envelope = memberJoined.create('421181111229', {
    memberId: '5c7a3c2e-1b0f-4f7e-9d51-8f2a6b3c4d5e',
    name: '李四',
    regionCode: '421181111229',
    branchId: null,
    inVillage: true,
    joinedAt: '2026-07-01',
  });

  it('keys the message by region and copies id and type into headers', () => {
    const sut = encodeEnvelope('personnel.events', envelope);
    expect(sut.key).toBe('421181111229');
    expect(sut.headers).toMatchObject({ 'event-id': envelope.id, 'event-type': 'personnel.member.joined.v1' });
  });

  it('round-trips through decodeEnvelope', () => {
    expect(decodeEnvelope(incoming(encodeEnvelope('personnel.events', envelope).value))).toEqual(envelope);
  });
});

describe(decodeEnvelope.name, () => {
  it.each([
    ['an empty value', null],
    ['a value that is not JSON', '{"id":'],
    ['JSON that is not an envelope', '{"hello":"world"}'],
  ])('refuses %s as unreadable', (_label, value) => {
    expect(() => decodeEnvelope(incoming(value))).toThrow(UnreadableMessageError);
  });
});
