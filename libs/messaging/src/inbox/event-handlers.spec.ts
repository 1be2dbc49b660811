import { type EntityManager } from '@mikro-orm/postgresql';
import { type EventEnvelope, memberJoined, memberLeft } from '@grassroots/contracts';
import { type EventHandlers, on } from './event-handlers';

describe(on.name, () => {
  it('keys each handler by its event type, payload typed', async () => {
    const seen: string[] = [];
    const sut: EventHandlers = {
      ...on(memberJoined, async (_em, event) => void seen.push(`joined ${event.data.name}`)),
      ...on(memberLeft, async (_em, event) => void seen.push(`left ${event.data.reason}`)),
    };
    expect(Object.keys(sut).sort()).toEqual(['personnel.member.joined.v1', 'personnel.member.left.v1']);

    const envelope = memberJoined.create('421181111229', {
      memberId: '5c7a3c2e-1b0f-4f7e-9d51-8f2a6b3c4d5e',
      name: '王五',
      regionCode: '421181111229',
      branchId: null,
      inVillage: true,
      joinedAt: '2026-07-01',
    });
    await sut['personnel.member.joined.v1']({} as EntityManager, envelope as EventEnvelope<never>);
    expect(seen).toEqual(['joined 王五']);
  });
});
