import { shanghaiDate } from '@grassroots/kernel';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import {
  END_CADRE_POST,
  type Headers,
  householdLinkFixtures,
  LINKS,
  MEMBER_DEPARTURE,
  MEMBER_DISPOSITION,
  type Person,
  TOWNSHIP,
} from './testing/household-link-fixtures';

// Who links and with which quota comes from personnel's records: cadre posts, party membership,
// representative seats; only a grid worker is named by the caller.
describe('Household links: role and quota from the records', () => {
  let subgraph: TestSubgraph;
  let officer: Headers;
  let orgDept: Headers;
  let today: string;
  const fixtures = householdLinkFixtures(
    () => subgraph,
    () => officer,
  );
  const { households, member, cadre, representative, link, rows, newVillage, call } = fixtures;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP, 'officer-1'));
    orgDept = await identityHeaders(testCaller(['organization-dept'], '421181', 'org-dept-1'));
    today = shanghaiDate();
  });
  afterAll(() => subgraph?.close());

  /** Links `person` to each household in turn; the codes, OK for success. */
  async function linkAll(person: Person, ids: readonly string[]): Promise<string[]> {
    const codes: string[] = [];
    for (const householdId of ids) codes.push(errorCodes(await link(person, householdId))[0] ?? 'OK');
    return codes;
  }
  const times = (count: number, code: string) => Array<string>(count).fill(code);

  describe('quota by role', () => {
    it('lets a serving secretary or committee chair link 10 households and another two-committee member 5', async () => {
      const village = newVillage();
      const ids = await households(11, village);
      const secretary = await cadre(village, '王书记', 'SECRETARY');
      const first = await link({ cadreId: secretary.cadreId }, ids[0]);
      expect(first.data!.linkHousehold).toMatchObject({
        personId: secretary.cadreId,
        personKind: 'CADRE',
        personName: '王书记',
        linkRole: 'CHIEF_CADRE',
        quota: 10,
      });
      expect(await linkAll({ cadreId: secretary.cadreId }, ids.slice(1))).toEqual([...times(9, 'OK'), 'CONFLICT']);

      const chair = await cadre(village, '王主任', 'COMMITTEE_CHAIR');
      expect((await link({ cadreId: chair.cadreId }, ids[0])).data!.linkHousehold).toMatchObject({ linkRole: 'CHIEF_CADRE', quota: 10 });

      const committee = await cadre(village, '王委员', 'COMMITTEE_MEMBER');
      const before = await rows();
      expect(await linkAll({ cadreId: committee.cadreId }, ids.slice(0, 6))).toEqual([...times(5, 'OK'), 'CONFLICT']);
      expect(await rows()).toEqual({ ...before, people: before.people + 1, links: before.links + 5 });
      const last = await link({ cadreId: committee.cadreId }, ids[7]);
      expect(last.errors![0].message).toMatch(/王委员 links as 其他两委成员 \(TWO_COMMITTEE_MEMBER\) with a quota of 5 households and already has 5 active links/);
    });

    it('lets a serving representative who is not a member link 1 household', async () => {
      const village = newVillage();
      const ids = await households(2, village);
      const representativeId = await representative(village, '郑代表');
      const linked = await link({ representativeId }, ids[0]);
      expect(linked.data!.linkHousehold).toMatchObject({ personId: representativeId, personKind: 'REPRESENTATIVE', personName: '郑代表', linkRole: 'REPRESENTATIVE', quota: 1 });
      const second = await link({ representativeId }, ids[1]);
      expect(errorCodes(second)).toEqual(['CONFLICT']);
      expect(second.errors![0].message).toMatch(/村民代表 \(REPRESENTATIVE\) with a quota of 1/);
    });

    it('counts a cadre who is also a party member and a representative once, as that member, by the highest role', async () => {
      const village = newVillage();
      const ids = await households(6, village);
      const memberId = await member(village, '孙委员');
      const { cadreId } = await cadre(village, '孙委员', 'COMMITTEE_DEPUTY', memberId);
      const representativeId = await representative(village, '孙委员', memberId);
      const before = await rows();
      const people: Person[] = [{ memberId }, { cadreId }, { representativeId }, { memberId }, { cadreId }, { representativeId }];
      const responses = [];
      for (const [n, person] of people.entries()) responses.push(await link(person, ids[n]));
      for (const response of responses.slice(0, 5)) {
        expect(response.data!.linkHousehold).toMatchObject({ personId: memberId, personKind: 'MEMBER', linkRole: 'TWO_COMMITTEE_MEMBER', quota: 5 });
      }
      expect(errorCodes(responses[5])).toEqual(['CONFLICT']);
      expect(await rows()).toEqual({ ...before, people: before.people + 1, links: before.links + 5 });
    });

    it('links a grid worker by name (quota 1), not a name the village’s records give a role (CONFLICT)', async () => {
      const village = newVillage();
      const ids = await households(2, village);
      const linked = await link({ gridWorkerName: '周网格' }, ids[0]);
      expect(linked.data!.linkHousehold).toMatchObject({ personKind: 'GRID_WORKER', personName: '周网格', linkRole: 'GRID_WORKER', quota: 1 });

      const memberId = await member(village, '周党员');
      const before = await rows();
      const namesake = await link({ gridWorkerName: '周党员' }, ids[1]);
      expect(errorCodes(namesake)).toEqual(['CONFLICT']);
      expect(namesake.errors![0].message).toContain(`周党员 of village ${village} is recorded as 党员 (member ${memberId}): link them with person.memberId`);
      expect(await rows()).toEqual(before);
      // A departed member's name is free for a grid worker.
      await call(MEMBER_DEPARTURE, { input: { memberId, reason: 'TRANSFERRED_OUT', leftAt: today } });
      expect((await link({ gridWorkerName: '周党员' }, ids[1])).errors).toBeUndefined();
    });
  });

  describe('a role that ends', () => {
    it('lowers a cadre’s quota when the post ends: new links over the new quota are refused, earlier links stay', async () => {
      const village = newVillage();
      const ids = await households(5, village);
      const memberId = await member(village, '赵书记');
      const { cadreId, postId } = await cadre(village, '赵书记', 'SECRETARY', memberId);
      expect(await linkAll({ cadreId }, ids.slice(0, 4))).toEqual(times(4, 'OK'));
      await call(END_CADRE_POST, { postId, leftAt: today });

      const before = await rows();
      const refused = await link({ cadreId }, ids[4]);
      expect(errorCodes(refused)).toEqual(['CONFLICT']);
      expect(refused.errors![0].message).toMatch(/赵书记 links as 党员 \(PARTY_MEMBER\) with a quota of 3 households and already has 4 active links/);
      expect(await rows()).toEqual(before);

      type Links = { householdLinks: { totalCount: number; nodes: { linkRole: string; endedAt: string | null }[] } };
      const kept = await graphqlRequest<Links>(subgraph.url, LINKS, { personId: memberId }, officer);
      expect(kept.data!.householdLinks.totalCount).toBe(4);
      expect(kept.data!.householdLinks.nodes.map(({ linkRole, endedAt }) => ({ linkRole, endedAt }))).toEqual(times(4, '').map(() => ({ linkRole: 'CHIEF_CADRE', endedAt: null })));
    });

    it('refuses a cadre who is not a member once their only post has ended (CONFLICT)', async () => {
      const village = newVillage();
      const ids = await households(2, village);
      const { cadreId, postId } = await cadre(village, '钱委员', 'COMMITTEE_MEMBER');
      expect((await link({ cadreId }, ids[0])).errors).toBeUndefined();
      await call(END_CADRE_POST, { postId, leftAt: today });
      const before = await rows();
      const refused = await link({ cadreId }, ids[1]);
      expect(errorCodes(refused)).toEqual(['CONFLICT']);
      expect(refused.errors![0].message).toMatch(new RegExp(`cadre 钱委员 holds no two-committee post on ${today} \\(the last ended on ${today}\\)`));
      expect(await rows()).toEqual(before);
    });

    it('refuses a departed member and a suspended one (CONFLICT)', async () => {
      const village = newVillage();
      const [householdId] = await households(1, village);
      const departed = await member(village, '冯离开');
      await call(MEMBER_DEPARTURE, { input: { memberId: departed, reason: 'DIED', leftAt: today } });
      const suspended = await member(village, '冯停止');
      await call(MEMBER_DISPOSITION, { input: { memberId: suspended, kind: 'SUSPENSION', reason: '违纪', decidedAt: today } }, orgDept);

      const before = await rows();
      const gone = await link({ memberId: departed }, householdId);
      expect(errorCodes(gone)).toEqual(['CONFLICT']);
      expect(gone.errors![0].message).toMatch(new RegExp(`party member 冯离开 left the party organization on ${today}`));
      const stopped = await link({ memberId: suspended }, householdId);
      expect(errorCodes(stopped)).toEqual(['CONFLICT']);
      expect(stopped.errors![0].message).toMatch(/membership is suspended since/);
      expect(await rows()).toEqual(before);
    });

    it('takes the role held on the link date: none before the term began (CONFLICT)', async () => {
      const village = newVillage();
      const [householdId] = await households(1, village);
      const { cadreId } = await cadre(village, '蒋书记', 'SECRETARY');
      const before = await rows();
      const early = await link({ cadreId }, householdId, officer, { linkedAt: '2021-10-14' });
      expect(errorCodes(early)).toEqual(['CONFLICT']);
      expect(early.errors![0].message).toMatch(/no role that links households on 2021-10-14/);
      expect(await rows()).toEqual(before);
      const onTime = await link({ cadreId }, householdId, officer, { linkedAt: '2021-10-15' });
      expect(onTime.data!.linkHousehold).toMatchObject({ linkRole: 'CHIEF_CADRE', linkedAt: '2021-10-15' });
    });
  });

  describe('village', () => {
    it('refuses a person of another village of the township (BAD_USER_INPUT)', async () => {
      const home = newVillage();
      const elsewhere = newVillage();
      const [householdId] = await households(1, elsewhere);
      const memberId = await member(home, '韩外村');
      const { cadreId } = await cadre(home, '韩书记', 'SECRETARY');
      const before = await rows();
      for (const person of [{ memberId }, { cadreId }]) {
        const response = await link(person, householdId);
        expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.errors![0].message).toMatch(new RegExp(`belongs to village ${home} and household ${householdId} to village ${elsewhere}`));
      }
      expect(await rows()).toEqual(before);
    });

    it('links a person to the households of their village’s groups', async () => {
      const village = newVillage();
      const [householdId] = await households(1, `${village}002`);
      const memberId = await member(village, '杨组员');
      expect((await link({ memberId }, householdId)).data!.linkHousehold).toMatchObject({ region: { code: `${village}002` }, linkRole: 'PARTY_MEMBER' });
    });
  });
});
