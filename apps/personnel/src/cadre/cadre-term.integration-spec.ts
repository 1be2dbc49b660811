import { OutboxMessage } from '@grassroots/messaging';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { CadrePost, CadrePostChange } from './cadre-post.entity';
import {
  APPOINT_CADRE,
  cadreFixtures,
  END_CADRE_POST,
  type Headers,
  OTHER_TOWNSHIP,
  OTHER_TOWNSHIP_VILLAGE,
  SECOND_VILLAGE,
  TOWNSHIP,
  VILLAGE,
} from './testing/cadre-fixtures';

const OVERDUE = `query Overdue($within: RegionCode, $asOf: LocalDate, $first: Int, $after: String) {
  overdueCadrePosts(within: $within, asOf: $asOf, first: $first, after: $after) {
    totalCount nodes { id post termStart termEnd active termOverdue region { code } cadre { name } } pageInfo { hasNextPage endCursor }
  }
}`;

const APPOINT = `mutation Appoint($input: AppointCadreInput!) { appointCadre(input: $input) { id termStart termEnd termOverdue } }`;

type Overdue = {
  overdueCadrePosts: {
    totalCount: number;
    nodes: { id: string; post: string; termStart: string; termEnd: string; active: boolean; termOverdue: boolean; region: { code: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
type Appointed = { appointCadre: { id: string; termStart: string; termEnd: string; termOverdue: boolean } };

// Terms 任期 and general elections 换届: a by-election 补选 ends with the village's current term,
// and posts past their term end are listed until ended. Today is after the 2021 terms' end (2026-10-15).
describe('Cadre terms: by-elections and overdue general elections (换届逾期)', () => {
  let subgraph: TestSubgraph;
  let officer: Headers;
  let foreignOfficer: Headers;
  let orgDept: Headers;
  let fixtures: ReturnType<typeof cadreFixtures>;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP));
    foreignOfficer = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
    orgDept = await identityHeaders(testCaller(['organization-dept'], '421181'));
    fixtures = cadreFixtures(subgraph, officer);
    // 堰头垸村 elected its committee on 2021-10-15: the term ends on 2026-10-15.
    await fixtures.serving('郑书记', 'SECRETARY');
  });
  afterAll(() => subgraph?.close());

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Headers = officer) =>
    graphqlRequest<T>(subgraph.url, query, variables, headers);
  const rows = async () => {
    const em = subgraph.em();
    return { posts: await em.count(CadrePost, {}), changes: await em.count(CadrePostChange, {}), events: await em.count(OutboxMessage, {}) };
  };
  const latestAppointed = () => subgraph.em().findOneOrFail(OutboxMessage, { type: 'personnel.cadre.appointed.v1' }, { orderBy: { seq: 'desc' } });
  const passed = async (name: string, regionCode = VILLAGE) => {
    const cadreId = await fixtures.register(name, { regionCode });
    await fixtures.pass(cadreId);
    return cadreId;
  };

  describe('appointment', () => {
    it('gives a by-election 补选 the rest of the village’s current term, and publishes the term end', async () => {
      const cadreId = await passed('钱委员');
      const response = await gql<Appointed>(APPOINT, {
        input: { cadreId, post: 'COMMITTEE_MEMBER', electedOn: '2024-03-01', election: 'BY_ELECTION' },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.appointCadre).toMatchObject({ termStart: '2024-03-01', termEnd: '2026-10-15', termOverdue: true });
      expect((await latestAppointed()).payload).toMatchObject({ data: { cadreId, office: 'COMMITTEE_MEMBER', termStart: '2024-03-01', termEnd: '2026-10-15' } });
      const change = await subgraph.em().findOneOrFail(CadrePostChange, { post: response.data!.appointCadre.id });
      expect(change.note).toBe('by-election 补选 on 2024-03-01, term to 2026-10-15');
    });

    it('gives a general election five years, in the event too', async () => {
      const cadreId = await passed('孙委员', SECOND_VILLAGE);
      const response = await gql<Appointed>(APPOINT_CADRE, { input: { cadreId, post: 'COMMITTEE_MEMBER', electedOn: '2026-11-01' } });
      expect(response.errors).toBeUndefined();
      expect(response.data!.appointCadre).toMatchObject({ termStart: '2026-11-01', termEnd: '2031-11-01' });
      expect((await latestAppointed()).payload).toMatchObject({ data: { cadreId, termStart: '2026-11-01', termEnd: '2031-11-01' } });
    });

    it('gives a by-election five years in a village with no active post', async () => {
      const cadreId = await passed('李委员', '421181111202');
      const response = await gql<Appointed>(APPOINT_CADRE, { input: { cadreId, post: 'COMMITTEE_MEMBER', electedOn: '2025-05-01', election: 'BY_ELECTION' } });
      expect(response.errors).toBeUndefined();
      expect(response.data!.appointCadre).toMatchObject({ termStart: '2025-05-01', termEnd: '2030-05-01' });
    });

    it('refuses a by-election after the village’s term ended with CONFLICT, writing nothing', async () => {
      const cadreId = await passed('周委员');
      const before = await rows();
      const response = await gql(APPOINT_CADRE, { input: { cadreId, post: 'COMMITTEE_DEPUTY', electedOn: '2026-11-01', election: 'BY_ELECTION' } });
      expect(errorCodes(response)).toEqual(['CONFLICT']);
      expect(response.errors![0].message).toMatch(/ended on 2026-10-15.*GENERAL_ELECTION/);
      expect(await rows()).toEqual(before);
    });

    it('refuses an unknown election kind with BAD_USER_INPUT, writing nothing', async () => {
      const cadreId = await passed('吴委员');
      const before = await rows();
      const response = await gql(APPOINT_CADRE, { input: { cadreId, post: 'COMMITTEE_DEPUTY', electedOn: '2024-03-01', election: 'RECALL' } });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(await rows()).toEqual(before);
    });
  });

  describe('overdueCadrePosts 换届逾期', () => {
    it('lists active posts past their term end, most overdue first, and pages them', async () => {
      const all = await gql<Overdue>(OVERDUE, { within: VILLAGE });
      expect(all.errors).toBeUndefined();
      // 郑书记 (2021) and 钱委员 (by-election, same term end); not 孙委员 nor 李委员.
      expect(all.data!.overdueCadrePosts.totalCount).toBe(2);
      expect(all.data!.overdueCadrePosts.nodes.every((node) => node.termEnd === '2026-10-15' && node.active && node.termOverdue)).toBe(true);

      const first = await gql<Overdue>(OVERDUE, { first: 1 });
      expect(first.data!.overdueCadrePosts).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      const next = await gql<Overdue>(OVERDUE, { first: 1, after: first.data!.overdueCadrePosts.pageInfo.endCursor });
      expect(next.data!.overdueCadrePosts).toMatchObject({ pageInfo: { hasNextPage: false } });
      expect(next.data!.overdueCadrePosts.nodes[0].id).not.toBe(first.data!.overdueCadrePosts.nodes[0].id);
    });

    it('does not count a post on its term end day as overdue, and sees later ones as of a later date', async () => {
      expect((await gql<Overdue>(OVERDUE, { asOf: '2026-10-15' })).data!.overdueCadrePosts.totalCount).toBe(0);
      // By 2031-12-01 孙委员's term (to 2031-11-01) is over too; 李委员's runs to 2030-05-01.
      expect((await gql<Overdue>(OVERDUE, { asOf: '2031-12-01' })).data!.overdueCadrePosts.totalCount).toBe(4);
    });

    it('stops listing a post once it is ended', async () => {
      const deputy = await fixtures.serving('冯委员', 'COMMITTEE_DEPUTY');
      expect((await gql<Overdue>(OVERDUE, { within: VILLAGE })).data!.overdueCadrePosts.totalCount).toBe(3);
      const ended = await gql(END_CADRE_POST, { postId: deputy.postId, leftAt: '2026-10-20', reason: 'TERM_ENDED' });
      expect(ended.errors).toBeUndefined();
      expect((await gql<Overdue>(OVERDUE, { within: VILLAGE })).data!.overdueCadrePosts.nodes.map((node) => node.id)).not.toContain(deputy.postId);
    });

    it('is confined to the caller’s scope', async () => {
      await cadreFixtures(subgraph, orgDept).serving('林书记', 'SECRETARY', { regionCode: OTHER_TOWNSHIP_VILLAGE });

      expect((await gql<Overdue>(OVERDUE, {})).data!.overdueCadrePosts.totalCount).toBe(2);
      expect((await gql<Overdue>(OVERDUE, {}, foreignOfficer)).data!.overdueCadrePosts.nodes.map((node) => node.region.code)).toEqual([OTHER_TOWNSHIP_VILLAGE]);
      expect((await gql<Overdue>(OVERDUE, {}, orgDept)).data!.overdueCadrePosts.totalCount).toBe(3);
      expect(errorCodes(await gql(OVERDUE, { within: OTHER_TOWNSHIP }))).toEqual(['FORBIDDEN']);
    });

    it.each([
      ['a malformed cursor', { after: 'garbage' }],
      ['a page size of 0', { first: 0 }],
      ['an impossible date', { asOf: '2026-13-01' }],
      ['a region code of 5 digits', { within: '42118' }],
    ])('refuses %s with BAD_USER_INPUT', async (_case, variables) => {
      expect(errorCodes(await gql(OVERDUE, variables))).toEqual(['BAD_USER_INPUT']);
    });
  });
});
