import { type EventEnvelope, weakVillageClosed, weakVillageDesignated, weakVillageRelapsed } from '@grassroots/contracts';
import { newId, shanghaiDate } from '@grassroots/kernel';
import { type EventHandler, InboxConsumer, type MessageBus } from '@grassroots/messaging';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { VillageTypePeriod } from './village-type-period.entity';
import { WeakVillageHandler } from './weak-village.handler';

const SET = `mutation Set($input: SetVillageTypeInput!) {
  setVillageType(input: $input) { id region { code } villageType since until setBy caseId note endedBy endNote }
}`;
const END = `mutation End($input: EndVillageTypeInput!) {
  endVillageType(input: $input) { id villageType since until endedBy endNote }
}`;
const TYPES = `query Types($within: RegionCode, $villageType: VillageType, $activeOn: LocalDate) {
  villageTypes(within: $within, villageType: $villageType, activeOn: $activeOn) {
    totalCount nodes { region { code } villageType since until setBy caseId endedBy endNote }
  }
}`;
const VACANT = `query Vacant($villageType: VillageType, $asOf: LocalDate) {
  villagesWithoutFirstSecretary(villageType: $villageType, asOf: $asOf) { totalCount nodes { region { code } villageType lastFirstSecretaryEndDate } }
}`;
const ASSIGN = `mutation Assign($input: AssignDispatchedCadreInput!) { assignDispatchedCadre(input: $input) { id } }`;

const TOWNSHIP = '421181111';
const WEAK = '421181111210'; // designated weak by organization; later a first secretary is sent
const CLOSED = '421181111211'; // designated weak, then the case is closed, then it relapses
const POOR = '421181111212'; // poverty-relief, set by hand; never sent anyone
const OTHER_TOWNSHIP_VILLAGE = '421181100200';

type Headers = Record<string, string>;
type Node = { region: { code: string }; villageType: string; lastFirstSecretaryEndDate: string | null };
type Period = { region: { code: string }; villageType: string; since: string; until: string | null; setBy: string; caseId: string | null; endedBy: string | null; endNote: string | null };

describe('Village types 村类型: reference data per village, and villages without a first secretary', () => {
  let subgraph: TestSubgraph;
  let orgDept: Headers;
  let handlers: Record<string, EventHandler>;
  const today = shanghaiDate();
  const closedCase = newId();

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Headers = orgDept) =>
    graphqlRequest<T>(subgraph.url, query, variables, headers);
  const apply = (envelope: EventEnvelope<unknown>) => subgraph.em().transactional((tx) => handlers[envelope.type](tx, envelope as EventEnvelope<never>));
  const designated = (regionCode: string, caseId = newId(), designatedAt = '2025-01-15') =>
    weakVillageDesignated.create(regionCode, { caseId, regionCode, organizationId: null, reasons: ['书记长期缺位', '宗族势力干扰'], designatedAt });
  const vacant = async (villageType: string, asOf?: string): Promise<Node[]> => {
    const response = await gql<{ villagesWithoutFirstSecretary: { nodes: Node[] } }>(VACANT, { villageType, asOf });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.villagesWithoutFirstSecretary.nodes;
  };
  const periodsOf = async (within: string): Promise<Period[]> => {
    const response = await gql<{ villageTypes: { nodes: Period[] } }>(TYPES, { within });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.villageTypes.nodes;
  };
  const rows = () => subgraph.em().count(VillageTypePeriod, {});

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    orgDept = await identityHeaders(testCaller(['organization-dept'], TOWNSHIP));
    handlers = subgraph.app.get(WeakVillageHandler).handlers();
  });
  afterAll(() => subgraph?.close());

  describe('weak-organization villages from organization’s events', () => {
    it('lists a village designated weak through the event although no one was ever sent there', async () => {
      await apply(designated(WEAK));
      expect(await vacant('WEAK_ORGANIZATION')).toEqual([{ region: { code: WEAK }, villageType: 'WEAK_ORGANIZATION', lastFirstSecretaryEndDate: null }]);
      expect(await periodsOf(WEAK)).toEqual([
        expect.objectContaining({ villageType: 'WEAK_ORGANIZATION', since: '2025-01-15', until: null, setBy: 'organization', caseId: expect.any(String) }),
      ]);
    });

    it('drops the village once a first secretary serves there', async () => {
      const sent = await gql(ASSIGN, {
        input: { name: '冯第一', role: 'FIRST_SECRETARY', sendingUnit: '县委组织部', regionCode: WEAK, villageType: 'WEAK_ORGANIZATION', startDate: '2025-03-01' },
      });
      expect(sent.errors).toBeUndefined();
      expect(await vacant('WEAK_ORGANIZATION')).toEqual([]);
      expect((await vacant('WEAK_ORGANIZATION', '2025-02-01')).map((node) => node.region.code)).toEqual([WEAK]);
    });

    it('ends the type when the case is closed 销号, keeps the period, and starts it again on a relapse', async () => {
      await apply(designated(CLOSED, closedCase, '2025-02-01'));
      expect((await vacant('WEAK_ORGANIZATION')).map((node) => node.region.code)).toEqual([CLOSED]);
      await apply(weakVillageClosed.create(CLOSED, { caseId: closedCase, regionCode: CLOSED, closedAt: today }));
      expect(await vacant('WEAK_ORGANIZATION')).toEqual([]);
      expect(await periodsOf(CLOSED)).toEqual([
        expect.objectContaining({ since: '2025-02-01', until: today, setBy: 'organization', endedBy: 'organization', endNote: `销号: case ${closedCase} closed` }),
      ]);
      await apply(weakVillageRelapsed.create(CLOSED, { caseId: closedCase, regionCode: CLOSED, relapsedAt: today, reason: '宗族势力再次干扰选举' }));
      expect((await vacant('WEAK_ORGANIZATION')).map((node) => node.region.code)).toEqual([CLOSED]);
      expect((await periodsOf(CLOSED)).map((period) => [period.since, period.until])).toEqual([
        [today, null],
        ['2025-02-01', today],
      ]);
    });

    it('applies a redelivered event once, and a designation of a village already weak changes nothing', async () => {
      const inbox = new InboxConsumer({ em: subgraph.orm.em, bus: {} as MessageBus, group: 'personnel', topics: [], handlers });
      const event = designated('421181111213');
      expect(await inbox.apply(event)).toBe('applied');
      expect(await inbox.apply(event)).toBe('duplicate');
      const before = await rows();
      await apply(designated('421181111213'));
      await apply(weakVillageClosed.create(POOR, { caseId: newId(), regionCode: POOR, closedAt: today })); // not weak: nothing to end
      expect(await rows()).toBe(before);
    });
  });

  describe('other types set by the organization department', () => {
    it('lists a poverty-relief village never sent anyone, and drops it once its type ends', async () => {
      const set = await gql<{ setVillageType: Period & { note: string } }>(SET, { input: { regionCode: POOR, villageType: 'POVERTY_RELIEF', since: '2021-01-01', note: '脱贫攻坚重点村' } });
      expect(set.errors).toBeUndefined();
      expect(set.data!.setVillageType).toMatchObject({ region: { code: POOR }, villageType: 'POVERTY_RELIEF', since: '2021-01-01', until: null, setBy: 'test-user', caseId: null, note: '脱贫攻坚重点村' });
      expect(await vacant('POVERTY_RELIEF')).toEqual([{ region: { code: POOR }, villageType: 'POVERTY_RELIEF', lastFirstSecretaryEndDate: null }]);

      const ended = await gql<{ endVillageType: Period }>(END, { input: { regionCode: POOR, villageType: 'POVERTY_RELIEF', until: today, note: '巩固期满' } });
      expect(ended.data!.endVillageType).toMatchObject({ until: today, endedBy: 'test-user', endNote: '巩固期满' });
      expect(await vacant('POVERTY_RELIEF')).toEqual([]);
      expect((await vacant('POVERTY_RELIEF', '2024-06-01')).map((node) => node.region.code)).toEqual([POOR]);
    });

    it('keeps several types of one village apart, and lists the types of a day', async () => {
      const set = await gql(SET, { input: { regionCode: WEAK, villageType: 'MODEL', since: '2022-05-01' } });
      expect(set.errors).toBeUndefined();
      const onDay = await gql<{ villageTypes: { nodes: Period[] } }>(TYPES, { within: WEAK, activeOn: today });
      expect(onDay.data!.villageTypes.nodes.map((period) => period.villageType)).toEqual(['MODEL', 'WEAK_ORGANIZATION']);
      const before = await gql<{ villageTypes: { totalCount: number } }>(TYPES, { within: WEAK, activeOn: '2022-04-30' });
      expect(before.data!.villageTypes.totalCount).toBe(0);
    });
  });

  describe('failure: nothing written', () => {
    const valid = { regionCode: POOR, villageType: 'RELOCATED', since: '2023-01-01' };
    const expectRefused = async (query: string, input: Record<string, unknown>, code: string, message?: RegExp, headers: Headers = orgDept) => {
      const before = await subgraph.em().find(VillageTypePeriod, {}, { orderBy: { id: 'asc' } });
      const response = await gql(query, { input }, headers);
      expect(errorCodes(response)).toEqual([code]);
      if (message) expect(response.errors![0].message).toMatch(message);
      expect(await subgraph.em().find(VillageTypePeriod, {}, { orderBy: { id: 'asc' } })).toEqual(before);
    };

    it.each([
      ['an unknown type', { villageType: 'RICH' }, /VillageType/],
      ['WEAK_ORGANIZATION, which follows organization’s cases', { villageType: 'WEAK_ORGANIZATION' }, /weak-organization cases/],
      ['a township instead of a village', { regionCode: TOWNSHIP }, /not a village/],
      ['a code that is no region code', { regionCode: '4211811112' }, /not a region code|RegionCode/],
      ['a start in the future', { since: '2999-01-01' }, /in the future/],
      ['a note longer than 500 characters', { note: '长'.repeat(501) }, /note/],
    ])('refuses to set %s with BAD_USER_INPUT', async (_case, change, message) => {
      await expectRefused(SET, { ...valid, ...change }, 'BAD_USER_INPUT', message);
    });

    it('refuses a village of another township, a township officer and an analyst with FORBIDDEN', async () => {
      await expectRefused(SET, { ...valid, regionCode: OTHER_TOWNSHIP_VILLAGE }, 'FORBIDDEN');
      await expectRefused(SET, valid, 'FORBIDDEN', undefined, await identityHeaders(testCaller(['township-officer'], TOWNSHIP)));
      await expectRefused(END, { regionCode: WEAK, villageType: 'MODEL', until: today }, 'FORBIDDEN', undefined, await identityHeaders(testCaller(['analyst'], '421181')));
      await expectRefused(END, { regionCode: OTHER_TOWNSHIP_VILLAGE, villageType: 'MODEL', until: today }, 'FORBIDDEN');
    });

    it('refuses a type the village has, or a start inside a period it had, with CONFLICT', async () => {
      await expectRefused(SET, { regionCode: WEAK, villageType: 'MODEL', since: '2024-01-01' }, 'CONFLICT', /has been MODEL 示范村 since 2022-05-01/);
      await expectRefused(SET, { regionCode: POOR, villageType: 'POVERTY_RELIEF', since: '2024-01-01' }, 'CONFLICT', new RegExp(`until ${today}`));
    });

    it('refuses to end a type the village does not have (NOT_FOUND), WEAK_ORGANIZATION, or an end before the start (BAD_USER_INPUT)', async () => {
      await expectRefused(END, { regionCode: POOR, villageType: 'POVERTY_RELIEF', until: today }, 'NOT_FOUND', /nothing to end/);
      await expectRefused(END, { regionCode: WEAK, villageType: 'WEAK_ORGANIZATION', until: today }, 'BAD_USER_INPUT', /weak-organization cases/);
      await expectRefused(END, { regionCode: WEAK, villageType: 'MODEL', until: '2022-04-30' }, 'BAD_USER_INPUT', /before the type began/);
    });
  });
});
