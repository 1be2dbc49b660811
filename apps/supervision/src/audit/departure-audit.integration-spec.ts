import { randomUUID } from 'node:crypto';
import { cadreLeftOffice, type CadreLeftOfficeV1, type EventEnvelope } from '@grassroots/contracts';
import { bootTestSubgraph, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { SupervisionAppModule } from '../app.module';
import { Audit } from './audit.entity';
import { DepartureAuditScheduler } from './departure-audit.handler';

const VILLAGE = '421181111229'; // 堰头垸村
const DEPARTURES = `query ($within: RegionCode) { audits(within: $within, kind: DEPARTURE) { totalCount nodes { cadreName cadreId kind status scheduledFor } } }`;

describe('departure audits scheduled from personnel’s cadre-left-office events (PostgreSQL)', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('supervision', (config) => SupervisionAppModule.forRoot(config));
  });
  afterAll(() => subgraph?.close());

  const leftOffice = (data: Partial<CadreLeftOfficeV1> = {}) =>
    cadreLeftOffice.create(data.regionCode ?? VILLAGE, {
      cadreId: randomUUID(),
      name: '王德发',
      regionCode: VILLAGE,
      office: 'SECRETARY',
      termStart: '2021-10-15',
      leftAt: '2026-03-31',
      reason: 'RESIGNED',
      ...data,
    });
  const apply = async (event: EventEnvelope<CadreLeftOfficeV1>) => {
    const handle = subgraph.app.get(DepartureAuditScheduler).handlers()[event.type];
    await subgraph.em().transactional((tx) => handle(tx, event as EventEnvelope<never>));
  };
  const departuresOf = (cadreId: string) => subgraph.em().find(Audit, { cadreId, kind: 'DEPARTURE' });

  it('schedules a departure audit due from the day the cadre left, readable by the audit bureau', async () => {
    const event = leftOffice();
    await apply(event);
    expect(await departuresOf(event.data.cadreId)).toMatchObject([{ regionCode: VILLAGE, cadreName: '王德发', status: 'SCHEDULED', scheduledFor: '2026-03-31' }]);
    const auditor = await identityHeaders(testCaller(['audit'], '421181'));
    const read = await graphqlRequest<{ audits: { nodes: { cadreId: string }[] } }>(subgraph.url, DEPARTURES, { within: VILLAGE }, auditor);
    expect(read.data!.audits.nodes.map((audit) => audit.cadreId)).toContain(event.data.cadreId);
  });

  it('schedules one audit for a cadre leaving both posts (一肩挑), and a new one after the last is completed', async () => {
    const cadreId = randomUUID();
    await apply(leftOffice({ cadreId, office: 'SECRETARY' }));
    await apply(leftOffice({ cadreId, office: 'COMMITTEE_CHAIR' }));
    expect(await departuresOf(cadreId)).toHaveLength(1);
    await subgraph.em().nativeUpdate(Audit, { cadreId }, { status: 'COMPLETED' });
    await apply(leftOffice({ cadreId, office: 'COMMITTEE_MEMBER', leftAt: '2031-04-01' }));
    expect((await departuresOf(cadreId)).map((audit) => audit.scheduledFor).sort()).toEqual(['2026-03-31', '2031-04-01']);
  });

  it('dates a departure before the first audit cycle on its first day, and ignores an event naming no village cadre', async () => {
    const early = leftOffice({ leftAt: '2012-06-30' });
    await apply(early);
    expect(await departuresOf(early.data.cadreId)).toMatchObject([{ scheduledFor: '2014-01-01' }]);
    const before = await subgraph.em().count(Audit, {});
    await apply(leftOffice({ cadreId: 'cadre-1' }));
    await apply(leftOffice({ regionCode: '421181111' }));
    expect(await subgraph.em().count(Audit, {})).toBe(before);
  });
});
