import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@grassroots/kernel';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { HouseholdLink } from './household-link.entity';
import { HouseholdVisit } from './household-visit.entity';
import { Household } from './household.entity';
import { LinkPerson } from './link-person.entity';

const REGISTER = `mutation Register($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id headName address region { code } } }`;
const LINK = `mutation Link($input: LinkHouseholdInput!) {
  linkHousehold(input: $input) { id personId personName linkRole quota linkedAt endedAt region { code } household { id headName } }
}`;
const END = `mutation End($id: ID!, $endedOn: LocalDate, $reason: String) {
  endHouseholdLink(id: $id, endedOn: $endedOn, reason: $reason) { id endedAt endReason }
}`;
const VISIT = `mutation Visit($input: RecordHouseholdVisitInput!) {
  recordHouseholdVisit(input: $input) { id visitedOn month note recordedBy link { id personName } }
}`;
const LINKS = `query Links($within: RegionCode, $personId: ID, $includeEnded: Boolean, $first: Int, $after: String) {
  householdLinks(within: $within, personId: $personId, includeEnded: $includeEnded, first: $first, after: $after) {
    totalCount nodes { id personName endedAt household { id } visits { totalCount nodes { visitedOn } } } pageInfo { hasNextPage endCursor }
  }
}`;

const TOWNSHIP = '421181111'; // 黄土岗镇
const VILLAGE = '421181111229'; // 堰头垸村
const OTHER_TOWNSHIP = '421181100'; // 中馆驿镇
const OTHER_TOWNSHIP_VILLAGE = '421181100200'; // 林寨村

type Headers = Record<string, string>;
type Link = { id: string; personName: string; linkRole: string; quota: number; linkedAt: string; endedAt: string | null; household: { id: string; headName: string } };

describe('Household links', () => {
  let subgraph: TestSubgraph;
  let officer: Headers;
  let today: string;
  let group = 100;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP, 'officer-1'));
    today = shanghaiDate();
  });
  afterAll(() => subgraph?.close());

  const rows = async () => ({
    households: await subgraph.em().count(Household, {}),
    people: await subgraph.em().count(LinkPerson, {}),
    links: await subgraph.em().count(HouseholdLink, {}),
    visits: await subgraph.em().count(HouseholdVisit, {}),
  });

  /** A village group of its own for each test, so lists under it hold only that test's rows. */
  const newGroup = () => `${VILLAGE}${String(++group).padStart(3, '0')}`;

  async function households(count: number, regionCode = newGroup()): Promise<string[]> {
    const ids: string[] = [];
    for (let n = 1; n <= count; n++) {
      const response = await graphqlRequest<{ registerHousehold: { id: string } }>(subgraph.url, REGISTER, { input: { regionCode, headName: `户主${n}` } }, officer);
      expect(response.errors).toBeUndefined();
      ids.push(response.data!.registerHousehold.id);
    }
    return ids;
  }

  const link = (personId: string, householdId: string, linkRole = 'PARTY_MEMBER', headers = officer, personName = '李四') =>
    graphqlRequest<{ linkHousehold: Link }>(subgraph.url, LINK, { input: { personId, personName, linkRole, householdId } }, headers);

  describe('success', () => {
    it('registers households of a village and of a village group', async () => {
      const before = await rows();
      const group = newGroup();
      for (const regionCode of [VILLAGE, group]) {
        const response = await graphqlRequest<{ registerHousehold: Record<string, unknown> }>(
          subgraph.url,
          REGISTER,
          { input: { regionCode, headName: '王大山', address: '三组12号' } },
          officer,
        );
        expect(response.errors).toBeUndefined();
        expect(response.data!.registerHousehold).toMatchObject({ headName: '王大山', address: '三组12号', region: { code: regionCode } });
      }
      expect(await rows()).toEqual({ ...before, households: before.households + 2 });
    });

    it('links a person to households up to the quota of their role, and refuses one more with CONFLICT', async () => {
      const ids = await households(4);
      const personId = randomUUID();
      const before = await rows();
      for (const householdId of ids.slice(0, 3)) {
        const response = await link(personId, householdId);
        expect(response.errors).toBeUndefined();
        expect(response.data!.linkHousehold).toMatchObject({ personName: '李四', linkRole: 'PARTY_MEMBER', quota: 3, linkedAt: today, endedAt: null, household: { id: householdId } });
      }
      expect(await rows()).toEqual({ ...before, people: before.people + 1, links: before.links + 3 });

      const fourth = await link(personId, ids[3]);
      expect(errorCodes(fourth)).toEqual(['CONFLICT']);
      expect(fourth.errors![0].message).toMatch(/党员 \(PARTY_MEMBER\) with a quota of 3 households and already has 3 active links/);
      expect(await rows()).toEqual({ ...before, people: before.people + 1, links: before.links + 3 });
    });

    it('lets a chief cadre link 10 households and a grid worker 1', async () => {
      const ids = await households(11);
      const chief = randomUUID();
      for (const householdId of ids.slice(0, 10)) expect((await link(chief, householdId, 'CHIEF_CADRE')).errors).toBeUndefined();
      expect(errorCodes(await link(chief, ids[10], 'CHIEF_CADRE'))).toEqual(['CONFLICT']);
      const worker = randomUUID();
      expect((await link(worker, ids[0], 'GRID_WORKER')).errors).toBeUndefined();
      expect(errorCodes(await link(worker, ids[1], 'GRID_WORKER'))).toEqual(['CONFLICT']);
    });

    it('holds the quota under concurrent links of one person', async () => {
      const ids = await households(8);
      const personId = randomUUID();
      const before = await rows();
      const responses = await Promise.all(ids.map((householdId) => link(personId, householdId, 'PARTY_MEMBER')));
      const codes = responses.map((response) => errorCodes(response)[0] ?? 'OK');
      expect(codes.filter((code) => code === 'OK')).toHaveLength(3);
      expect(codes.filter((code) => code !== 'OK')).toEqual(Array(5).fill('CONFLICT'));
      expect(await rows()).toEqual({ ...before, people: before.people + 1, links: before.links + 3 });
    });

    it('lets several people link one household, and frees a place when a link ends', async () => {
      const [first, second] = await households(2);
      const worker = randomUUID();
      const member = randomUUID();
      const linked = await link(worker, first, 'GRID_WORKER');
      expect((await link(member, first, 'PARTY_MEMBER')).errors).toBeUndefined();

      const ended = await graphqlRequest<{ endHouseholdLink: Record<string, unknown> }>(
        subgraph.url,
        END,
        { id: linked.data!.linkHousehold.id, reason: '网格调整' },
        officer,
      );
      expect(ended.errors).toBeUndefined();
      expect(ended.data!.endHouseholdLink).toMatchObject({ endedAt: today, endReason: '网格调整' });
      expect((await link(worker, second, 'GRID_WORKER')).errors).toBeUndefined();
      // Once every link has ended, the person may link again under another role.
      const [again] = await households(1);
      const active = await graphqlRequest<{ householdLinks: { nodes: { id: string }[] } }>(subgraph.url, LINKS, { personId: worker }, officer);
      for (const node of active.data!.householdLinks.nodes) await graphqlRequest(subgraph.url, END, { id: node.id }, officer);
      const promoted = await link(worker, again, 'TWO_COMMITTEE_MEMBER');
      expect(promoted.errors).toBeUndefined();
      expect(promoted.data!.linkHousehold).toMatchObject({ linkRole: 'TWO_COMMITTEE_MEMBER', quota: 5 });
    });

    it('records one visit per link per month and lists links and their visits', async () => {
      const group = newGroup();
      const [visited, unvisited] = await households(2, group);
      const personId = randomUUID();
      const first = await link(personId, visited);
      await link(personId, unvisited);
      const before = await rows();
      const response = await graphqlRequest<{ recordHouseholdVisit: Record<string, unknown> }>(
        subgraph.url,
        VISIT,
        { input: { linkId: first.data!.linkHousehold.id, visitedOn: today, note: '了解春耕用工需求' } },
        officer,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.recordHouseholdVisit).toMatchObject({
        visitedOn: today,
        month: today.slice(0, 7),
        note: '了解春耕用工需求',
        recordedBy: 'officer-1',
        link: { id: first.data!.linkHousehold.id, personName: '李四' },
      });
      expect(await rows()).toEqual({ ...before, visits: before.visits + 1 });

      type Links = { householdLinks: { totalCount: number; nodes: { household: { id: string }; visits: { totalCount: number } }[] } };
      const listed = await graphqlRequest<Links>(subgraph.url, LINKS, { within: group }, officer);
      expect(listed.data!.householdLinks.totalCount).toBe(2);
      const visitsByHousehold = Object.fromEntries(listed.data!.householdLinks.nodes.map((node) => [node.household.id, node.visits.totalCount]));
      expect(visitsByHousehold).toEqual({ [visited]: 1, [unvisited]: 0 });
    });

    it('shows names masked to an analyst', async () => {
      const [householdId] = await households(1);
      const personId = randomUUID();
      await link(personId, householdId, 'PARTY_MEMBER', officer, '欧阳明月');
      const analyst = await identityHeaders(testCaller(['analyst'], '421181'));
      const response = await graphqlRequest<{ householdLinks: { nodes: { personName: string }[] } }>(subgraph.url, LINKS, { personId }, analyst);
      expect(response.data!.householdLinks.nodes).toEqual([expect.objectContaining({ personName: '欧***' })]);
    });
  });

  describe('failure: nothing written', () => {
    it.each([
      ['a township code', { regionCode: TOWNSHIP, headName: '王大山' }, /village \(12 digits\) or village group/],
      ['an empty head name', { regionCode: VILLAGE, headName: '' }, /headName/],
      ['a too long address', { regionCode: VILLAGE, headName: '王大山', address: '址'.repeat(201) }, /address/],
    ])('refuses to register a household with %s: BAD_USER_INPUT', async (_case, input, message) => {
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, REGISTER, { input }, officer);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    });

    it.each([
      ['an officer of another township', ['township-officer'], OTHER_TOWNSHIP],
      ['a village cadre of another village', ['village-cadre'], '421181111201'],
      ['civil affairs', ['civil-affairs'], '421181'],
      ['an analyst', ['analyst'], '421181'],
    ] as const)('refuses household registration by %s: FORBIDDEN', async (_case, roles, scope) => {
      const headers = await identityHeaders(testCaller([...roles], scope));
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, REGISTER, { input: { regionCode: VILLAGE, headName: '王大山' } }, headers);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(await rows()).toEqual(before);
    });

    describe('linking', () => {
      let householdId: string;
      beforeAll(async () => {
        [householdId] = await households(1);
      });

      it.each([
        ['a malformed person id', () => ({ personId: 'p-1', personName: '李四', linkRole: 'PARTY_MEMBER', householdId }), /personId/],
        ['an empty name', () => ({ personId: randomUUID(), personName: ' ', linkRole: 'PARTY_MEMBER', householdId }), /personName/],
        ['a future date', () => ({ personId: randomUUID(), personName: '李四', linkRole: 'PARTY_MEMBER', householdId, linkedAt: '2999-01-01' }), /in the future/],
        ['an unknown role', () => ({ personId: randomUUID(), personName: '李四', linkRole: 'VOLUNTEER', householdId }), /VOLUNTEER/],
      ])('refuses %s: BAD_USER_INPUT', async (_case, input, message) => {
        const before = await rows();
        const response = await graphqlRequest(subgraph.url, LINK, { input: input() }, officer);
        expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.errors![0].message).toMatch(message);
        expect(await rows()).toEqual(before);
      });

      it('refuses a second link of the same household by the same person: CONFLICT', async () => {
        const personId = randomUUID();
        expect((await link(personId, householdId, 'CHIEF_CADRE')).errors).toBeUndefined();
        const before = await rows();
        const again = await link(personId, householdId, 'CHIEF_CADRE');
        expect(errorCodes(again)).toEqual(['CONFLICT']);
        expect(again.errors![0].message).toMatch(/already links household/);
        expect(await rows()).toEqual(before);
      });

      it('refuses another role while the person has active links: CONFLICT', async () => {
        const personId = randomUUID();
        const [other] = await households(1);
        expect((await link(personId, householdId, 'REPRESENTATIVE')).errors).toBeUndefined();
        const before = await rows();
        const response = await link(personId, other, 'PARTY_MEMBER');
        expect(errorCodes(response)).toEqual(['CONFLICT']);
        expect(response.errors![0].message).toMatch(/one link role/);
        expect(await rows()).toEqual(before);
      });

      it('refuses a household of another township (FORBIDDEN), an unknown one (NOT_FOUND) and a role without the right (FORBIDDEN)', async () => {
        const other = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
        const civil = await identityHeaders(testCaller(['civil-affairs'], '421181'));
        const before = await rows();
        expect(errorCodes(await link(randomUUID(), householdId, 'PARTY_MEMBER', other))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await link(randomUUID(), randomUUID(), 'PARTY_MEMBER'))).toEqual(['NOT_FOUND']);
        expect(errorCodes(await link(randomUUID(), householdId, 'PARTY_MEMBER', civil))).toEqual(['FORBIDDEN']);
        expect(await rows()).toEqual(before);
      });

      it('refuses a person registered in another township’s village (FORBIDDEN)', async () => {
        const otherOfficer = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
        const otherHousehold = await graphqlRequest<{ registerHousehold: { id: string } }>(
          subgraph.url,
          REGISTER,
          { input: { regionCode: OTHER_TOWNSHIP_VILLAGE, headName: '林大' } },
          otherOfficer,
        );
        const personId = randomUUID();
        expect((await link(personId, otherHousehold.data!.registerHousehold.id, 'PARTY_MEMBER', otherOfficer)).errors).toBeUndefined();
        const before = await rows();
        const response = await link(personId, householdId, 'PARTY_MEMBER');
        expect(errorCodes(response)).toEqual(['FORBIDDEN']);
        expect(await rows()).toEqual(before);
      });
    });

    describe('ending and visiting', () => {
      let linkId: string;
      beforeAll(async () => {
        const [householdId] = await households(1);
        linkId = (await link(randomUUID(), householdId, 'CHIEF_CADRE')).data!.linkHousehold.id;
      });

      it.each([
        ['a future visit', () => ({ linkId, visitedOn: '2999-01-01' }), /in the future/],
        ['a visit before the link began', () => ({ linkId, visitedOn: '2000-01-01' }), /before the link began/],
        ['a malformed link id', () => ({ linkId: 'l-1', visitedOn: today }), /linkId/],
        ['a too long note', () => ({ linkId, visitedOn: today, note: '记'.repeat(501) }), /note/],
      ])('refuses %s: BAD_USER_INPUT', async (_case, input, message) => {
        const before = await rows();
        const response = await graphqlRequest(subgraph.url, VISIT, { input: input() }, officer);
        expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.errors![0].message).toMatch(message);
        expect(await rows()).toEqual(before);
      });

      it('refuses a second visit in the same month (CONFLICT), even when recorded at the same time', async () => {
        const [householdId] = await households(1);
        const fresh = (await link(randomUUID(), householdId, 'CHIEF_CADRE')).data!.linkHousehold.id;
        const before = await rows();
        const responses = await Promise.all([1, 2, 3].map(() => graphqlRequest(subgraph.url, VISIT, { input: { linkId: fresh, visitedOn: today } }, officer)));
        expect(responses.map((response) => errorCodes(response)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
        expect(await rows()).toEqual({ ...before, visits: before.visits + 1 });
      });

      it('refuses a visit by another township (FORBIDDEN) and by an analyst (FORBIDDEN)', async () => {
        const other = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
        const analyst = await identityHeaders(testCaller(['analyst'], '421181'));
        const before = await rows();
        for (const headers of [other, analyst]) {
          expect(errorCodes(await graphqlRequest(subgraph.url, VISIT, { input: { linkId, visitedOn: today } }, headers))).toEqual(['FORBIDDEN']);
        }
        expect(await rows()).toEqual(before);
      });

      it('refuses to end a link twice (CONFLICT) or before it began (BAD_USER_INPUT)', async () => {
        const before = await rows();
        expect(errorCodes(await graphqlRequest(subgraph.url, END, { id: linkId, endedOn: '2000-01-01' }, officer))).toEqual(['BAD_USER_INPUT']);
        expect((await graphqlRequest(subgraph.url, END, { id: linkId }, officer)).errors).toBeUndefined();
        const ended = await rows();
        expect(ended).toEqual(before);
        const again = await graphqlRequest(subgraph.url, END, { id: linkId }, officer);
        expect(errorCodes(again)).toEqual(['CONFLICT']);
        expect(again.errors![0].message).toMatch(/already ended/);
        const other = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
        expect(errorCodes(await graphqlRequest(subgraph.url, END, { id: linkId }, other))).toEqual(['FORBIDDEN']);
      });
    });
  });
});
