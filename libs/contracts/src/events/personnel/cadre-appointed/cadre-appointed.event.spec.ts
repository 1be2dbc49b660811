import { isEventEnvelope } from '../../../envelope/event-envelope';
import { cadreAppointed, type CadreAppointedV1 } from './cadre-appointed.event';

describe('personnel.cadre.appointed.v1', () => {
  const data: CadreAppointedV1 = {
    cadreId: '5c7a3c2e-1b0f-4f7e-9d51-8f2a6b3c4d5e',
    name: '李书记',
    regionCode: '421181111229',
    office: 'SECRETARY',
    holdsBothPosts: false,
    termStart: '2024-03-01',
    termEnd: '2026-10-15',
  };

  it('carries the term, its end included, keyed by the village', () => {
    const envelope = cadreAppointed.create(data.regionCode, data);
    const wire: unknown = JSON.parse(JSON.stringify(envelope));
    expect(isEventEnvelope(wire)).toBe(true);
    expect(wire).toMatchObject({ type: 'personnel.cadre.appointed.v1', source: 'personnel', subject: '421181111229', data });
  });
});
