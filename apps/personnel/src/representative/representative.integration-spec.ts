import { OutboxMessage } from '@grassroots/messaging';
import { shanghaiDate } from '@grassroots/kernel';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { registerMember } from '../party-member/testing/party-member-fixtures';
import { RepresentativePointChange } from './representative-point-change.entity';
import { RepresentativeStatusChange } from './representative-status-change.entity';
import { VillageRepresentative } from './village-representative.entity';

const REGISTER = `mutation Register($input: RegisterVillageRepresentativeInput!) {
  registerVillageRepresentative(input: $input) { id name status electedAt memberId region { code } }
}`;
const RECORD = `mutation Record($id: ID!, $item: String!, $points: Int, $reason: String!, $on: LocalDate!) {
  recordRepresentativePoints(representativeId: $id, itemCode: $item, points: $points, reason: $reason, occurredOn: $on) {
    id year points reason occurredOn recordedBy item { code name kind } representative { id }
  }
}`;
const REPLACE = `mutation Replace($id: ID!, $incoming: NewRepresentativeInput!, $reason: String!, $filed: LocalDate!) {
  replaceVillageRepresentative(outgoingId: $id, incoming: $incoming, reason: $reason, filedWithCountyOn: $filed) {
    outgoing { id status leftOn replacedBy { id name } }
    incoming { id status electedAt region { code } }
  }
}`;
const RESIGN = `mutation Resign($id: ID!, $leftOn: LocalDate!, $reason: String!, $filed: LocalDate!) {
  resignVillageRepresentative(id: $id, leftOn: $leftOn, reason: $reason, filedWithCountyOn: $filed) { id status leftOn }
}`;
const REPRESENTATIVE = `query One($id: ID!, $year: Int) {
  villageRepresentative(id: $id) {
    id name status points(year: $year)
    pointHistory(year: $year) { totalCount nodes { points item { code } reason } }
    statusChanges { totalCount nodes { fromStatus toStatus reason filedWithCountyOn counterpartId changedBy } }
  }
}`;
const REGION_REPRESENTATIVES = `query Region($code: RegionCode!, $former: Boolean) {
  _entities(representations: [{ __typename: "Region", code: $code }]) {
    ... on Region { villageRepresentatives(includeFormer: $former, first: 100) { totalCount nodes { id name status } } }
  }
}`;
const REFERENCE = `query Ref($id: ID!) {
  _entities(representations: [{ __typename: "VillageRepresentative", id: $id }]) { ... on VillageRepresentative { id name points } }
}`;
const ITEMS = `query Items($first: Int, $after: String) {
  representativePointItems(first: $first, after: $after) { totalCount nodes { code name kind defaultPoints } pageInfo { hasNextPage endCursor } }
}`;

const TOWNSHIP = '421181111'; // 黄土岗镇
const VILLAGE = '421181111229'; // 堰头垸村
const NEIGHBOUR_VILLAGE = '421181111201'; // 严家畈村
const OTHER_TOWNSHIP = '421181100'; // 中馆驿镇
const OTHER_TOWNSHIP_VILLAGE = '421181100200'; // 林寨村
const UNKNOWN_ID = '6f1d2c3b-4a59-4e8f-9a7b-1c2d3e4f5a6b';

type Headers = Record<string, string>;

describe('Village representatives', () => {
  let subgraph: TestSubgraph;
  let civil: Headers;
  let officer: Headers;
  let today: string;
  let thisYear: number;
  let memberId: string;
  let neighbourMemberId: string;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    civil = await identityHeaders(testCaller(['civil-affairs'], '421181', 'civil-1'));
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP, 'officer-1'));
    today = shanghaiDate();
    thisYear = Number(today.slice(0, 4));
    memberId = (await registerMember(subgraph, officer, { name: '张建国', regionCode: VILLAGE })).id;
    neighbourMemberId = (await registerMember(subgraph, officer, { name: '何小平', regionCode: NEIGHBOUR_VILLAGE })).id;
  });
  afterAll(() => subgraph?.close());

  const rows = async () => ({
    representatives: await subgraph.em().count(VillageRepresentative, {}),
    points: await subgraph.em().count(RepresentativePointChange, {}),
    filings: await subgraph.em().count(RepresentativeStatusChange, {}),
    events: await subgraph.em().count(OutboxMessage, {}),
  });

  async function register(name: string, headers: Headers = officer, extra: Record<string, unknown> = {}): Promise<string> {
    const response = await graphqlRequest<{ registerVillageRepresentative: { id: string } }>(
      subgraph.url,
      REGISTER,
      { input: { name, regionCode: VILLAGE, electedAt: `${thisYear - 3}-01-15`, ...extra } },
      headers,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.registerVillageRepresentative.id;
  }

  describe('success', () => {
    it('registers a representative with the election filed as the first status change', async () => {
      const before = await rows();
      const response = await graphqlRequest<{ registerVillageRepresentative: Record<string, unknown> }>(
        subgraph.url,
        REGISTER,
        { input: { name: '张建国', regionCode: VILLAGE, electedAt: '2021-01-15', memberId } },
        civil,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.registerVillageRepresentative).toMatchObject({ name: '张建国', status: 'ACTIVE', memberId, region: { code: VILLAGE } });
      expect(await rows()).toEqual({ ...before, representatives: before.representatives + 1, filings: before.filings + 1 });
    });

    it('lets a village cadre register a representative of their own village', async () => {
      const cadre = await identityHeaders(testCaller(['village-cadre'], VILLAGE));
      await register('刘春梅', cadre);
    });

    it('lists the 8 deductions and 4 bonuses with Chinese names, page by page', async () => {
      type Items = { representativePointItems: { totalCount: number; nodes: { code: string; kind: string; name: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
      const first = await graphqlRequest<Items>(subgraph.url, ITEMS, { first: 8 }, officer);
      expect(first.data!.representativePointItems.totalCount).toBe(12);
      expect(first.data!.representativePointItems.nodes.every((item) => item.kind === 'DEDUCTION')).toBe(true);
      expect(first.data!.representativePointItems.nodes[0]).toEqual({ code: 'ABSENT_FROM_MEETING', name: '无故缺席村民代表会议', kind: 'DEDUCTION', defaultPoints: -5 });
      const rest = await graphqlRequest<Items>(subgraph.url, ITEMS, { first: 8, after: first.data!.representativePointItems.pageInfo.endCursor }, officer);
      expect(rest.data!.representativePointItems.nodes.map((item) => item.kind)).toEqual(['BONUS', 'BONUS', 'BONUS', 'BONUS']);
      expect(rest.data!.representativePointItems.pageInfo.hasNextPage).toBe(false);
    });

    it('records deductions and bonuses with reason and recorder, and sums the year from 100', async () => {
      const id = await register('王德发');
      const before = await rows();
      const deduction = await graphqlRequest<{ recordRepresentativePoints: Record<string, unknown> }>(
        subgraph.url,
        RECORD,
        { id, item: 'ABSENT_FROM_MEETING', reason: '3月村民代表会议无故缺席', on: `${thisYear}-03-10` },
        officer,
      );
      expect(deduction.errors).toBeUndefined();
      expect(deduction.data!.recordRepresentativePoints).toMatchObject({
        year: thisYear,
        points: -5,
        recordedBy: 'officer-1',
        item: { code: 'ABSENT_FROM_MEETING', name: '无故缺席村民代表会议', kind: 'DEDUCTION' },
        representative: { id },
      });
      await graphqlRequest(subgraph.url, RECORD, { id, item: 'RESOLVING_DISPUTES', points: 8, reason: '调解邻里宅基地纠纷', on: `${thisYear}-04-02` }, civil);
      expect(await rows()).toEqual({ ...before, points: before.points + 2 });

      const read = await graphqlRequest<{ villageRepresentative: { points: number; pointHistory: { totalCount: number; nodes: { points: number }[] } } }>(
        subgraph.url,
        REPRESENTATIVE,
        { id },
        officer,
      );
      expect(read.data!.villageRepresentative.points).toBe(103);
      expect(read.data!.villageRepresentative.pointHistory.totalCount).toBe(2);
      expect(read.data!.villageRepresentative.pointHistory.nodes.map((node) => node.points)).toEqual([8, -5]);
    });

    it('starts a new calendar year again at 100 (last year’s changes stay in last year)', async () => {
      const id = await register('陈志强');
      for (const [item, on] of [
        ['BREAKING_RESOLUTION', `${thisYear - 1}-06-01`],
        ['ILLEGAL_LAND_USE', `${thisYear - 1}-12-31`],
      ]) {
        const response = await graphqlRequest(subgraph.url, RECORD, { id, item, reason: '年度考核扣分', on }, officer);
        expect(response.errors).toBeUndefined();
      }
      type One = { villageRepresentative: { points: number; pointHistory: { totalCount: number } } };
      const lastYear = await graphqlRequest<One>(subgraph.url, REPRESENTATIVE, { id, year: thisYear - 1 }, officer);
      expect(lastYear.data!.villageRepresentative).toMatchObject({ points: 80, pointHistory: { totalCount: 2 } });
      const current = await graphqlRequest<One>(subgraph.url, REPRESENTATIVE, { id, year: thisYear }, officer);
      expect(current.data!.villageRepresentative).toMatchObject({ points: 100, pointHistory: { totalCount: 0 } });
      const byDefault = await graphqlRequest<One>(subgraph.url, REPRESENTATIVE, { id }, officer);
      expect(byDefault.data!.villageRepresentative.points).toBe(100);
    });

    it('replaces a representative: filings on both, the successor in the same village, and the event in the outbox', async () => {
      const outgoingId = await register('赵有才');
      const before = await rows();
      const response = await graphqlRequest<{
        replaceVillageRepresentative: { outgoing: Record<string, unknown>; incoming: { id: string } & Record<string, unknown> };
      }>(
        subgraph.url,
        REPLACE,
        { id: outgoingId, incoming: { name: '孙丽', electedAt: `${thisYear}-05-06` }, reason: '长期外出务工无法履职', filed: `${thisYear}-05-10` },
        officer,
      );
      expect(response.errors).toBeUndefined();
      const { outgoing, incoming } = response.data!.replaceVillageRepresentative;
      expect(outgoing).toEqual({ id: outgoingId, status: 'REPLACED', leftOn: `${thisYear}-05-06`, replacedBy: { id: incoming.id, name: '孙丽' } });
      expect(incoming).toMatchObject({ status: 'ACTIVE', electedAt: `${thisYear}-05-06`, region: { code: VILLAGE } });
      expect(await rows()).toEqual({ ...before, representatives: before.representatives + 1, filings: before.filings + 2, events: before.events + 1 });

      const event = await subgraph.em().findOneOrFail(OutboxMessage, { type: 'personnel.representative.replaced.v1', key: VILLAGE });
      expect(event.payload).toMatchObject({
        subject: VILLAGE,
        data: { regionCode: VILLAGE, outgoingRepresentativeId: outgoingId, incomingRepresentativeId: incoming.id, reason: '长期外出务工无法履职', filedAt: `${thisYear}-05-10` },
      });

      type Filings = { villageRepresentative: { statusChanges: { nodes: Record<string, unknown>[] } } };
      const filings = await graphqlRequest<Filings>(subgraph.url, REPRESENTATIVE, { id: outgoingId }, officer);
      expect(filings.data!.villageRepresentative.statusChanges.nodes[0]).toEqual({
        fromStatus: 'ACTIVE',
        toStatus: 'REPLACED',
        reason: '长期外出务工无法履职',
        filedWithCountyOn: `${thisYear}-05-10`,
        counterpartId: incoming.id,
        changedBy: 'officer-1',
      });
    });

    it('records a resignation filed with the county', async () => {
      const id = await register('周晓明');
      const before = await rows();
      const response = await graphqlRequest<{ resignVillageRepresentative: Record<string, unknown> }>(
        subgraph.url,
        RESIGN,
        { id, leftOn: `${thisYear}-02-01`, reason: '本人因病申请辞职', filed: `${thisYear}-02-03` },
        civil,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.resignVillageRepresentative).toEqual({ id, status: 'RESIGNED', leftOn: `${thisYear}-02-01` });
      expect(await rows()).toEqual({ ...before, filings: before.filings + 1 });
    });

    it('lists a region’s serving representatives, and former ones on request', async () => {
      type Listed = { _entities: { villageRepresentatives: { totalCount: number; nodes: { status: string }[] } }[] };
      const serving = await graphqlRequest<Listed>(subgraph.url, REGION_REPRESENTATIVES, { code: TOWNSHIP }, officer);
      expect(serving.errors).toBeUndefined();
      const servingList = serving.data!._entities[0].villageRepresentatives;
      expect(servingList.nodes.every((node) => node.status === 'ACTIVE')).toBe(true);
      const all = await graphqlRequest<Listed>(subgraph.url, REGION_REPRESENTATIVES, { code: TOWNSHIP, former: true }, officer);
      const allList = all.data!._entities[0].villageRepresentatives;
      expect(allList.totalCount).toBeGreaterThan(servingList.totalCount);
      expect(allList.totalCount).toBe(await subgraph.em().count(VillageRepresentative, {}));
    });

    it('resolves a representative reference, with the name masked for an analyst', async () => {
      const id = await register('黄小兵');
      const analyst = await identityHeaders(testCaller(['analyst'], '421181'));
      const response = await graphqlRequest<{ _entities: Record<string, unknown>[] }>(subgraph.url, REFERENCE, { id }, analyst);
      expect(response.errors).toBeUndefined();
      expect(response.data!._entities).toEqual([{ id, name: '黄**', points: 100 }]);
    });
  });

  describe('failure: nothing written', () => {
    it.each([
      ['an empty name', { name: ' ', regionCode: VILLAGE, electedAt: '2021-01-15' }, /name must be 1 to 50/],
      ['a township instead of a village', { name: '吴刚', regionCode: TOWNSHIP, electedAt: '2021-01-15' }, /not a village/],
      ['a future election', { name: '吴刚', regionCode: VILLAGE, electedAt: '2999-01-01' }, /in the future/],
      ['a malformed member id', { name: '吴刚', regionCode: VILLAGE, electedAt: '2021-01-15', memberId: 'm-1' }, /input.memberId/],
      ['a malformed date', { name: '吴刚', regionCode: VILLAGE, electedAt: '2021-02-30' }, /YYYY-MM-DD/],
    ])('refuses to register with %s: BAD_USER_INPUT', async (_case, input, message) => {
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, REGISTER, { input }, officer);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    });

    it.each([
      ['an officer of another township', ['township-officer'], OTHER_TOWNSHIP, VILLAGE],
      ['a village cadre for a neighbouring village', ['village-cadre'], NEIGHBOUR_VILLAGE, VILLAGE],
      ['an analyst', ['analyst'], '421181', VILLAGE],
      ['a grid worker', ['grid-worker'], VILLAGE, VILLAGE],
    ] as const)('refuses registration by %s: FORBIDDEN', async (_case, roles, scope, regionCode) => {
      const headers = await identityHeaders(testCaller([...roles], scope));
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, REGISTER, { input: { name: '吴刚', regionCode, electedAt: '2021-01-15' } }, headers);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(await rows()).toEqual(before);
    });

    it('refuses a party member who already holds a seat: CONFLICT', async () => {
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, REGISTER, { input: { name: '张建国', regionCode: VILLAGE, electedAt: '2022-01-01', memberId } }, officer);
      expect(errorCodes(response)).toEqual(['CONFLICT']);
      expect(response.errors![0].message).toMatch(/already a serving representative/);
      expect(await rows()).toEqual(before);
    });

    it('refuses a member of another village (BAD_USER_INPUT) and a member personnel has not recorded (NOT_FOUND)', async () => {
      const before = await rows();
      const elsewhere = await graphqlRequest(subgraph.url, REGISTER, { input: { name: '何小平', regionCode: VILLAGE, electedAt: '2022-01-01', memberId: neighbourMemberId } }, officer);
      expect(errorCodes(elsewhere)).toEqual(['BAD_USER_INPUT']);
      expect(elsewhere.errors![0].message).toMatch(/is a member of village 421181111201, not 421181111229/);
      const unknown = await graphqlRequest(subgraph.url, REGISTER, { input: { name: '何小平', regionCode: VILLAGE, electedAt: '2022-01-01', memberId: UNKNOWN_ID } }, officer);
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
      expect(await rows()).toEqual(before);
    });

    describe('recording points', () => {
      let id: string;
      beforeAll(async () => {
        id = await register('郑国庆');
      });

      it.each([
        ['an unknown item', { item: 'LATE_TO_MEETING', reason: '迟到', on: '2026-01-05' }, /not a point item/],
        ['a positive deduction', { item: 'ABSENT_FROM_MEETING', points: 5, reason: '缺席', on: '2026-01-05' }, /deducts points/],
        ['a negative bonus', { item: 'COMMENDED', points: -5, reason: '表彰', on: '2026-01-05' }, /adds points/],
        ['too many points', { item: 'COMMENDED', points: 50, reason: '表彰', on: '2026-01-05' }, /1 to 20/],
        ['an empty reason', { item: 'COMMENDED', reason: '  ', on: '2026-01-05' }, /reason/],
        ['a future date', { item: 'COMMENDED', reason: '表彰', on: '2999-01-05' }, /in the future/],
        ['a date before the election', { item: 'COMMENDED', reason: '表彰', on: '2000-01-05' }, /before the representative was elected/],
      ])('refuses %s: BAD_USER_INPUT', async (_case, vars, message) => {
        const before = await rows();
        const response = await graphqlRequest(subgraph.url, RECORD, { id, ...vars }, officer);
        expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.errors![0].message).toMatch(message);
        expect(await rows()).toEqual(before);
      });

      it('refuses points for a representative no longer serving: CONFLICT', async () => {
        const resigned = await register('钱多多');
        await graphqlRequest(subgraph.url, RESIGN, { id: resigned, leftOn: today, reason: '辞职', filed: today }, officer);
        const before = await rows();
        const response = await graphqlRequest(subgraph.url, RECORD, { id: resigned, item: 'COMMENDED', reason: '表彰', on: today }, officer);
        expect(errorCodes(response)).toEqual(['CONFLICT']);
        expect(response.errors![0].message).toMatch(/RESIGNED/);
        expect(await rows()).toEqual(before);
      });

      it('refuses an officer of another township (FORBIDDEN) and an unknown representative (NOT_FOUND)', async () => {
        const other = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
        const before = await rows();
        const forbidden = await graphqlRequest(subgraph.url, RECORD, { id, item: 'COMMENDED', reason: '表彰', on: today }, other);
        expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
        const missing = await graphqlRequest(subgraph.url, RECORD, { id: UNKNOWN_ID, item: 'COMMENDED', reason: '表彰', on: today }, officer);
        expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
        expect(await rows()).toEqual(before);
      });

      it('refuses an analyst: FORBIDDEN', async () => {
        const analyst = await identityHeaders(testCaller(['analyst'], '421181'));
        const before = await rows();
        const response = await graphqlRequest(subgraph.url, RECORD, { id, item: 'COMMENDED', reason: '表彰', on: today }, analyst);
        expect(errorCodes(response)).toEqual(['FORBIDDEN']);
        expect(await rows()).toEqual(before);
      });
    });

    describe('replacing', () => {
      const incoming = (electedAt: string) => ({ name: '冯志', electedAt });

      it('refuses a representative already replaced: CONFLICT, no second event', async () => {
        const id = await register('褚卫东');
        const first = await graphqlRequest(subgraph.url, REPLACE, { id, incoming: incoming(today), reason: '撤换', filed: today }, officer);
        expect(first.errors).toBeUndefined();
        const before = await rows();
        const again = await graphqlRequest(subgraph.url, REPLACE, { id, incoming: incoming(today), reason: '撤换', filed: today }, officer);
        expect(errorCodes(again)).toEqual(['CONFLICT']);
        expect(again.errors![0].message).toMatch(/already REPLACED/);
        expect(await rows()).toEqual(before);
      });

      it.each([
        ['a filing before the successor’s election', () => ({ incoming: incoming(today), reason: '撤换', filed: `${thisYear - 4}-01-01` }), /before the replacement was elected/],
        ['a future filing', () => ({ incoming: incoming(today), reason: '撤换', filed: '2999-01-01' }), /in the future/],
        ['a successor elected before the outgoing one', () => ({ incoming: incoming('2000-01-01'), reason: '撤换', filed: today }), /before the outgoing/],
        ['an empty reason', () => ({ incoming: incoming(today), reason: '', filed: today }), /reason/],
        ['a successor without a name', () => ({ incoming: { name: '', electedAt: today }, reason: '撤换', filed: today }), /incoming.name/],
      ])('refuses %s: BAD_USER_INPUT', async (_case, vars, message) => {
        const id = await register('蒋文');
        const before = await rows();
        const response = await graphqlRequest(subgraph.url, REPLACE, { id, ...vars() }, officer);
        expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.errors![0].message).toMatch(message);
        expect(await rows()).toEqual(before);
      });

      it('refuses another township (FORBIDDEN) and a role without the right (FORBIDDEN)', async () => {
        const id = await register('沈阳');
        const other = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
        const auditor = await identityHeaders(testCaller(['audit'], '421181'));
        const before = await rows();
        for (const headers of [other, auditor]) {
          const response = await graphqlRequest(subgraph.url, REPLACE, { id, incoming: incoming(today), reason: '撤换', filed: today }, headers);
          expect(errorCodes(response)).toEqual(['FORBIDDEN']);
        }
        expect(await rows()).toEqual(before);
      });
    });

    it('refuses to resign a representative twice: CONFLICT', async () => {
      const id = await register('韩梅');
      await graphqlRequest(subgraph.url, RESIGN, { id, leftOn: today, reason: '辞职', filed: today }, officer);
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, RESIGN, { id, leftOn: today, reason: '辞职', filed: today }, officer);
      expect(errorCodes(response)).toEqual(['CONFLICT']);
      expect(await rows()).toEqual(before);
    });

    it('does not show a representative to another township (NOT_FOUND) nor a future year’s points (BAD_USER_INPUT)', async () => {
      const id = await register('杨帆');
      const other = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
      expect(errorCodes(await graphqlRequest(subgraph.url, REPRESENTATIVE, { id }, other))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await graphqlRequest(subgraph.url, REPRESENTATIVE, { id, year: thisYear + 1 }, officer))).toEqual(['BAD_USER_INPUT']);
      const listed = await graphqlRequest<{ _entities: { villageRepresentatives: { totalCount: number } }[] }>(
        subgraph.url,
        REGION_REPRESENTATIVES,
        { code: OTHER_TOWNSHIP_VILLAGE },
        other,
      );
      expect(listed.data!._entities[0].villageRepresentatives.totalCount).toBe(0);
    });
  });
});
