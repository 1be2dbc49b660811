import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@grassroots/kernel';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import {
  END_LINK,
  type Headers,
  householdLinkFixtures,
  LINK,
  LINKS,
  OTHER_TOWNSHIP,
  OTHER_TOWNSHIP_VILLAGE,
  REGISTER_HOUSEHOLD,
  TOWNSHIP,
} from './testing/household-link-fixtures';

const VISIT = `mutation Visit($input: RecordHouseholdVisitInput!) {
  recordHouseholdVisit(input: $input) { id visitedOn month note recordedBy link { id personName } }
}`;

const VILLAGE = '421181111229'; // 堰头垸村

describe('Household links', () => {
  let subgraph: TestSubgraph;
  let officer: Headers;
  let today: string;
  const fixtures = householdLinkFixtures(
    () => subgraph,
    () => officer,
  );
  const { households, member, link, rows, newVillage } = fixtures;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP, 'officer-1'));
    today = shanghaiDate();
  });
  afterAll(() => subgraph?.close());

  const end = (id: string, reason?: string) => graphqlRequest<{ endHouseholdLink: Record<string, unknown> }>(subgraph.url, END_LINK, { id, reason }, officer);

  describe('success', () => {
    it('registers households of a village and of a village group', async () => {
      const before = await rows();
      for (const regionCode of [VILLAGE, `${VILLAGE}001`]) {
        const response = await graphqlRequest<{ registerHousehold: Record<string, unknown> }>(
          subgraph.url,
          REGISTER_HOUSEHOLD,
          { input: { regionCode, headName: '王大山', address: '三组12号' } },
          officer,
        );
        expect(response.errors).toBeUndefined();
        expect(response.data!.registerHousehold).toMatchObject({ headName: '王大山', address: '三组12号', region: { code: regionCode } });
      }
      expect(await rows()).toEqual({ ...before, households: before.households + 2 });
    });

    it('links a party member to households of their village up to 3, with name and role from the record, and refuses a fourth with CONFLICT', async () => {
      const village = newVillage();
      const ids = await households(3, village);
      ids.push(...(await households(1, `${village}001`)));
      const memberId = await member(village, '李四');
      const before = await rows();
      for (const householdId of ids.slice(0, 3)) {
        const response = await link({ memberId }, householdId);
        expect(response.errors).toBeUndefined();
        expect(response.data!.linkHousehold).toMatchObject({
          personId: memberId,
          personKind: 'MEMBER',
          personName: '李四',
          linkRole: 'PARTY_MEMBER',
          quota: 3,
          linkedAt: today,
          endedAt: null,
          region: { code: village },
          household: { id: householdId },
        });
      }
      expect(await rows()).toEqual({ ...before, people: before.people + 1, links: before.links + 3 });

      const fourth = await link({ memberId }, ids[3]);
      expect(errorCodes(fourth)).toEqual(['CONFLICT']);
      expect(fourth.errors![0].message).toMatch(/李四 links as 党员 \(PARTY_MEMBER\) with a quota of 3 households and already has 3 active links/);
      expect(await rows()).toEqual({ ...before, people: before.people + 1, links: before.links + 3 });
    });

    it('holds the quota under concurrent links of one person', async () => {
      const village = newVillage();
      const ids = await households(8, village);
      const memberId = await member(village, '陈并发');
      const before = await rows();
      const responses = await Promise.all(ids.map((householdId) => link({ memberId }, householdId)));
      const codes = responses.map((response) => errorCodes(response)[0] ?? 'OK');
      expect(codes.filter((code) => code === 'OK')).toHaveLength(3);
      expect(codes.filter((code) => code !== 'OK')).toEqual(Array(5).fill('CONFLICT'));
      expect(await rows()).toEqual({ ...before, people: before.people + 1, links: before.links + 3 });
    });

    it('holds a new grid worker to one person and one link under concurrent first links', async () => {
      const village = newVillage();
      const ids = await households(4, village);
      const before = await rows();
      const responses = await Promise.all(ids.map((householdId) => link({ gridWorkerName: '吴网格' }, householdId)));
      expect(responses.map((response) => errorCodes(response)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
      expect(await rows()).toEqual({ ...before, people: before.people + 1, links: before.links + 1 });
    });

    it('lets several people link one household, and frees a place when a link ends', async () => {
      const village = newVillage();
      const [first, second] = await households(2, village);
      const memberId = await member(village, '黄党员');
      const linked = await link({ gridWorkerName: '黄网格' }, first);
      expect(linked.data!.linkHousehold).toMatchObject({ personKind: 'GRID_WORKER', linkRole: 'GRID_WORKER', quota: 1 });
      expect((await link({ memberId }, first)).errors).toBeUndefined();
      expect(errorCodes(await link({ gridWorkerName: '黄网格' }, second))).toEqual(['CONFLICT']);

      const ended = await end(linked.data!.linkHousehold.id, '网格调整');
      expect(ended.errors).toBeUndefined();
      expect(ended.data!.endHouseholdLink).toMatchObject({ endedAt: today, endReason: '网格调整' });
      const again = await link({ gridWorkerName: '黄网格' }, second);
      expect(again.errors).toBeUndefined();
      // The same name in the same village is the same grid worker.
      expect(again.data!.linkHousehold.personId).toBe(linked.data!.linkHousehold.personId);
      const all = await graphqlRequest<{ householdLinks: { totalCount: number } }>(
        subgraph.url,
        LINKS,
        { personId: linked.data!.linkHousehold.personId, includeEnded: true },
        officer,
      );
      expect(all.data!.householdLinks.totalCount).toBe(2);
    });

    it('records one visit per link per month and lists links and their visits', async () => {
      const village = newVillage();
      const [visited, unvisited] = await households(2, village);
      const memberId = await member(village, '李走访');
      const first = await link({ memberId }, visited);
      await link({ memberId }, unvisited);
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
        link: { id: first.data!.linkHousehold.id, personName: '李走访' },
      });
      expect(await rows()).toEqual({ ...before, visits: before.visits + 1 });

      type Links = { householdLinks: { totalCount: number; nodes: { household: { id: string }; visits: { totalCount: number } }[] } };
      const listed = await graphqlRequest<Links>(subgraph.url, LINKS, { within: village }, officer);
      expect(listed.data!.householdLinks.totalCount).toBe(2);
      const visitsByHousehold = Object.fromEntries(listed.data!.householdLinks.nodes.map((node) => [node.household.id, node.visits.totalCount]));
      expect(visitsByHousehold).toEqual({ [visited]: 1, [unvisited]: 0 });
    });

    it('shows names masked to an analyst', async () => {
      const village = newVillage();
      const [householdId] = await households(1, village);
      const memberId = await member(village, '欧阳明月');
      await link({ memberId }, householdId);
      const analyst = await identityHeaders(testCaller(['analyst'], '421181'));
      const response = await graphqlRequest<{ householdLinks: { nodes: { personName: string }[] } }>(subgraph.url, LINKS, { personId: memberId }, analyst);
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
      const response = await graphqlRequest(subgraph.url, REGISTER_HOUSEHOLD, { input }, officer);
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
      const response = await graphqlRequest(subgraph.url, REGISTER_HOUSEHOLD, { input: { regionCode: VILLAGE, headName: '王大山' } }, headers);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(await rows()).toEqual(before);
    });

    describe('linking', () => {
      let village: string;
      let householdId: string;
      let memberId: string;
      beforeAll(async () => {
        village = newVillage();
        [householdId] = await households(1, village);
        memberId = await member(village, '李四');
      });

      it.each([
        ['no person', () => ({ person: {}, householdId }), /exactly one of cadreId, memberId, representativeId or gridWorkerName \(got none\)/],
        ['two people', () => ({ person: { memberId, gridWorkerName: '李四' }, householdId }), /got memberId, gridWorkerName/],
        ['a malformed member id', () => ({ person: { memberId: 'p-1' }, householdId }), /person\.memberId/],
        ['an empty grid worker name', () => ({ person: { gridWorkerName: ' ' }, householdId }), /person\.gridWorkerName/],
        ['a future date', () => ({ person: { memberId }, householdId, linkedAt: '2999-01-01' }), /in the future/],
        // The role comes from the records: the input has no field to declare it.
        ['a declared role', () => ({ person: { memberId }, householdId, linkRole: 'CHIEF_CADRE' }), /linkRole/],
        ['a declared name', () => ({ person: { memberId, personName: '王书记' }, householdId }), /personName/],
      ])('refuses %s: BAD_USER_INPUT', async (_case, input, message) => {
        const before = await rows();
        const response = await graphqlRequest(subgraph.url, LINK, { input: input() }, officer);
        expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.errors![0].message).toMatch(message);
        expect(await rows()).toEqual(before);
      });

      it('refuses a second link of the same household by the same person: CONFLICT', async () => {
        const [other] = await households(1, village);
        const chen = await member(village, '陈重复');
        expect((await link({ memberId: chen }, other)).errors).toBeUndefined();
        const before = await rows();
        const again = await link({ memberId: chen }, other);
        expect(errorCodes(again)).toEqual(['CONFLICT']);
        expect(again.errors![0].message).toMatch(/陈重复 already links household/);
        expect(await rows()).toEqual(before);
      });

      it('refuses a household of another township (FORBIDDEN), an unknown household or person (NOT_FOUND) and a role without the right (FORBIDDEN)', async () => {
        const other = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
        const civil = await identityHeaders(testCaller(['civil-affairs'], '421181'));
        const before = await rows();
        expect(errorCodes(await link({ memberId }, householdId, other))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await link({ memberId }, randomUUID()))).toEqual(['NOT_FOUND']);
        for (const person of [{ memberId: randomUUID() }, { cadreId: randomUUID() }, { representativeId: randomUUID() }]) {
          const response = await link(person, householdId);
          expect(errorCodes(response)).toEqual(['NOT_FOUND']);
          expect(response.errors![0].message).toMatch(/does not exist/);
        }
        expect(errorCodes(await link({ memberId }, householdId, civil))).toEqual(['FORBIDDEN']);
        expect(await rows()).toEqual(before);
      });

      it('refuses a person of another township (FORBIDDEN)', async () => {
        const otherOfficer = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
        const stranger = await member(OTHER_TOWNSHIP_VILLAGE, '林党员', {}, otherOfficer);
        const before = await rows();
        const response = await link({ memberId: stranger }, householdId);
        expect(errorCodes(response)).toEqual(['FORBIDDEN']);
        expect(response.errors![0].message).toMatch(/outside your region scope/);
        expect(await rows()).toEqual(before);
      });
    });

    describe('ending and visiting', () => {
      let linkId: string;
      beforeAll(async () => {
        const village = newVillage();
        const [householdId] = await households(1, village);
        linkId = (await link({ memberId: await member(village, '李结束') }, householdId)).data!.linkHousehold.id;
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
        const village = newVillage();
        const [householdId] = await households(1, village);
        const fresh = (await link({ memberId: await member(village, '李同时') }, householdId)).data!.linkHousehold.id;
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
        expect(errorCodes(await graphqlRequest(subgraph.url, END_LINK, { id: linkId, endedOn: '2000-01-01' }, officer))).toEqual(['BAD_USER_INPUT']);
        expect((await end(linkId)).errors).toBeUndefined();
        expect(await rows()).toEqual(before);
        const again = await end(linkId);
        expect(errorCodes(again)).toEqual(['CONFLICT']);
        expect(again.errors![0].message).toMatch(/already ended/);
        const other = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
        expect(errorCodes(await graphqlRequest(subgraph.url, END_LINK, { id: linkId }, other))).toEqual(['FORBIDDEN']);
      });
    });
  });
});
