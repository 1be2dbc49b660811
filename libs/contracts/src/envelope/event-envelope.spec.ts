import { isEventEnvelope, isEventType } from './event-envelope';

describe(isEventEnvelope.name, () => {
  const valid = {
    id: '0b8f5a1e-7c52-4c2d-9a8e-3f1d2c4b5a69',
    type: 'personnel.member.joined.v1',
    source: 'personnel',
    subject: '421181111229',
    occurredAt: '2026-11-25T00:00:00.000Z',
    data: { memberId: 'm-1' },
  };

  it('accepts a well-formed envelope', () => {
    expect(isEventEnvelope(valid)).toBe(true);
    expect(isEventEnvelope({ ...valid, data: null })).toBe(true);
  });

  it.each([
    ['a missing id', { ...valid, id: undefined }],
    ['a non-uuid id', { ...valid, id: 'abc' }],
    ['a type without version', { ...valid, type: 'personnel.member.joined' }],
    ['an unknown source', { ...valid, source: 'finance' }],
    ['an empty subject', { ...valid, subject: '' }],
    ['a bad time', { ...valid, occurredAt: 'soon' }],
    ['no data', { ...valid, data: undefined }],
  ])('refuses %s', (_label, value) => {
    expect(isEventEnvelope(value)).toBe(false);
  });

  it('refuses values that are not objects', () => {
    expect(isEventEnvelope(null)).toBe(false);
    expect(isEventEnvelope('{}')).toBe(false);
    expect(isEventEnvelope([valid])).toBe(false);
  });

  it('reads versioned type names', () => {
    expect(isEventType('personnel.cadre.left-office.v1')).toBe(true);
    expect(isEventType('personnel.cadre.left-office.v0')).toBe(false);
    expect(isEventType('Personnel.member.joined.v1')).toBe(false);
  });
});
