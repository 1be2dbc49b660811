import { isEventEnvelope } from '../envelope/event-envelope';
import { EVENT_CATALOGUE, findEventDefinition } from './event-catalogue';
import { organizationCreated } from './organization/organization-created/organization-created.event';
import { cadreLeftOffice } from './personnel/cadre-left-office/cadre-left-office.event';
import { memberJoined } from './personnel/member-joined/member-joined.event';
import { memberLeft } from './personnel/member-left/member-left.event';

describe('event catalogue', () => {
  it('lists every event under its versioned type', () => {
    expect([...EVENT_CATALOGUE.keys()].sort()).toEqual([
      'organization.organization.created.v1',
      'organization.organization.dissolved.v1',
      'organization.organization.moved.v1',
      'organization.weak-village.closed.v1',
      'organization.weak-village.designated.v1',
      'organization.weak-village.relapsed.v1',
      'personnel.cadre.appointed.v1',
      'personnel.cadre.left-office.v1',
      'personnel.member.joined.v1',
      'personnel.member.left.v1',
      'personnel.member.transferred.v1',
      'personnel.pipeline.stage-changed.v1',
      'personnel.representative.replaced.v1',
    ]);
    expect(findEventDefinition('personnel.member.left.v1')).toBe(memberLeft);
    expect(findEventDefinition('personnel.member.left.v9')).toBeUndefined();
  });

  it('puts each event on its domain topic', () => {
    expect(memberJoined.topic.name).toBe('personnel.events');
    expect(cadreLeftOffice.topic.name).toBe('personnel.events');
    expect(organizationCreated.topic.name).toBe('organization.events');
  });

  it('builds envelopes whose payload round-trips through JSON', () => {
    const envelope = memberJoined.create('421181111229', {
      memberId: '5c7a3c2e-1b0f-4f7e-9d51-8f2a6b3c4d5e',
      name: '张三',
      regionCode: '421181111229',
      branchId: null,
      inVillage: true,
      joinedAt: '2026-07-01',
    });
    const wire: unknown = JSON.parse(JSON.stringify(envelope));
    expect(isEventEnvelope(wire)).toBe(true);
    expect(wire).toEqual(envelope);
    if (isEventEnvelope(wire) && memberJoined.is(wire)) expect(wire.data.branchId).toBeNull();
  });
});
