import { type Role } from '@grassroots/auth';
import { shanghaiDate } from '@grassroots/kernel';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { GovernanceAppModule } from '../app.module';
import { VillageMatter } from './village-matter.entity';

const TOWNSHIP = '421181111';
const VILLAGE = '421181111229';
const OTHER_TOWNSHIP_VILLAGE = '421181112001';

const FIELDS = 'id region { code } title category amount tier procedure proposedAt';
const PROPOSE = `mutation Propose($input: ProposeVillageMatterInput!) { proposeVillageMatter(input: $input) { ${FIELDS} } }`;
const GET = `query Get($id: ID!) { villageMatter(id: $id) { ${FIELDS} } }`;
const LIST = `query List($within: RegionCode, $tier: MatterTier, $first: Int, $after: String) {
  villageMatters(within: $within, tier: $tier, first: $first, after: $after) {
    totalCount nodes { id title tier } pageInfo { hasNextPage endCursor }
  }
}`;
const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on VillageMatter { id title }
    ... on Region { code villageMatters(first: 10) { totalCount nodes { id } } }
  }
}`;

type MatterNode = { id: string; region: { code: string }; title: string; category: string; amount: string; tier: string; procedure: string[]; proposedAt: string };
type ListResult = { villageMatters: { totalCount: number; nodes: { id: string; title: string; tier: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('VillageMatter (governance subgraph)', () => {
  let subgraph: TestSubgraph;

  const as = (roles: Role[], region = TOWNSHIP) => identityHeaders(testCaller(roles, region));
  const cadre = () => as(['village-cadre']);
  const input = (overrides: Record<string, unknown> = {}) => ({
    regionCode: VILLAGE,
    title: '村道硬化工程',
    category: 'PROJECT_TENDER',
    amount: '20000.00',
    proposedAt: '2026-11-20',
    ...overrides,
  });
  const propose = async (overrides: Record<string, unknown> = {}, headers?: Record<string, string>) =>
    graphqlRequest<{ proposeVillageMatter: MatterNode }>(subgraph.url, PROPOSE, { input: input(overrides) }, headers ?? (await cadre()));
  const matterCount = () => subgraph.em().count(VillageMatter, {});
  const arrange = async (regionCode: string, title: string, amountFen: number, proposedAt: string) => {
    const em = subgraph.em();
    const matter = new VillageMatter(regionCode, title, 'OTHER', amountFen, proposedAt);
    await em.persist(matter).flush();
    return matter;
  };

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('governance', (config) => GovernanceAppModule.forRoot(config));
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  describe('success', () => {
    it('proposes a matter of exactly 20,000 yuan as MAJOR with 四议两公开', async () => {
      const response = await propose();

      expect(response.errors).toBeUndefined();
      const matter = response.data!.proposeVillageMatter;
      expect(matter).toMatchObject({
        region: { code: VILLAGE },
        title: '村道硬化工程',
        category: 'PROJECT_TENDER',
        amount: '20000.00',
        tier: 'MAJOR',
        procedure: ['PROPOSAL', 'DISCUSSION', 'REVIEW', 'RESOLUTION', 'RESOLUTION_PUBLIC', 'RESULT_PUBLIC'],
        proposedAt: '2026-11-20',
      });
      const stored = await subgraph.em().findOneOrFail(VillageMatter, { id: matter.id });
      expect(stored.amount).toBe(2_000_000);
    });

    it.each([
      ['1999.99', 'MINOR', ['TWO_COMMITTEE_CONFIRMATION']],
      ['2000.00', 'GENERAL', ['ENLARGED_MEETING_BEFORE', 'ENLARGED_MEETING_AFTER']],
      ['19999.99', 'GENERAL', ['ENLARGED_MEETING_BEFORE', 'ENLARGED_MEETING_AFTER']],
      ['0.00', 'MINOR', ['TWO_COMMITTEE_CONFIRMATION']],
    ])('puts %s yuan in %s', async (amount, tier, procedure) => {
      const response = await propose({ amount });

      expect(response.errors).toBeUndefined();
      expect(response.data!.proposeVillageMatter).toMatchObject({ amount, tier, procedure });
    });

    it('dates a matter today (Asia/Shanghai) when no date is given, and trims the title', async () => {
      const response = await propose({ proposedAt: null, title: '  村委会换届筹备  ', category: 'STAFFING' });

      expect(response.errors).toBeUndefined();
      expect(response.data!.proposeVillageMatter).toMatchObject({ proposedAt: shanghaiDate(), title: '村委会换届筹备' });
    });

    it('lets a township officer and the organization department propose too', async () => {
      for (const role of ['township-officer', 'organization-dept'] as Role[]) {
        const response = await propose({}, await as([role]));
        expect(response.errors).toBeUndefined();
      }
    });

    it('reads a matter by id', async () => {
      const created = (await propose({ title: '集体鱼塘发包' })).data!.proposeVillageMatter;

      const response = await graphqlRequest<{ villageMatter: MatterNode }>(subgraph.url, GET, { id: created.id }, await as(['analyst']));

      expect(response.errors).toBeUndefined();
      expect(response.data!.villageMatter).toEqual(created);
    });

    it('resolves many references in one request and leaves out-of-scope ones null', async () => {
      const first = await arrange('421181111230', '甲', 100, '2026-10-01');
      const second = await arrange('421181111231', '乙', 100, '2026-10-02');
      const outside = await arrange(OTHER_TOWNSHIP_VILLAGE, '丙', 100, '2026-10-03');
      const representations = [first, second, outside].map(({ id }) => ({ __typename: 'VillageMatter', id }));

      const response = await graphqlRequest<{ _entities: ({ id: string; title: string } | null)[] }>(
        subgraph.url,
        ENTITIES,
        { representations },
        await cadre(),
      );

      expect(response.errors).toBeUndefined();
      expect(response.data!._entities).toEqual([{ id: first.id, title: '甲' }, { id: second.id, title: '乙' }, null]);
    });
  });

  describe('failure', () => {
    it.each([
      ['a role that may not propose', {}, ['analyst'], 'FORBIDDEN'],
      ['a village in another township', { regionCode: OTHER_TOWNSHIP_VILLAGE }, ['village-cadre'], 'FORBIDDEN'],
      ['a township instead of a village', { regionCode: TOWNSHIP }, ['village-cadre'], 'BAD_USER_INPUT'],
      ['a blank title', { title: '   ' }, ['village-cadre'], 'BAD_USER_INPUT'],
      ['a title of 201 characters', { title: '事'.repeat(201) }, ['village-cadre'], 'BAD_USER_INPUT'],
      ['a negative amount', { amount: '-0.01' }, ['village-cadre'], 'BAD_USER_INPUT'],
      ['an amount with three decimals', { amount: '1.005' }, ['village-cadre'], 'BAD_USER_INPUT'],
      ['a date in the future', { proposedAt: '2999-01-01' }, ['village-cadre'], 'BAD_USER_INPUT'],
      ['an unknown category', { category: 'GRID_EVENT' }, ['village-cadre'], 'BAD_USER_INPUT'],
    ] as [string, Record<string, unknown>, Role[], string][])('refuses %s and writes nothing', async (_case, overrides, roles, code) => {
      const before = await matterCount();

      const response = await propose(overrides, await as(roles));

      expect(errorCodes(response)).toEqual([code]);
      expect(response.data?.proposeVillageMatter ?? null).toBeNull();
      expect(await matterCount()).toBe(before);
    });

    it('answers NOT_FOUND for a matter in another township, a missing one, and BAD_USER_INPUT for a malformed id', async () => {
      const outside = await arrange(OTHER_TOWNSHIP_VILLAGE, '外镇事务', 100, '2026-10-01');
      const headers = await cadre();

      const hidden = await graphqlRequest(subgraph.url, GET, { id: outside.id }, headers);
      const missing = await graphqlRequest(subgraph.url, GET, { id: '00000000-0000-4000-8000-000000000000' }, headers);
      const malformed = await graphqlRequest(subgraph.url, GET, { id: 'not-an-id' }, headers);

      expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
      expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
      expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses to list another township with FORBIDDEN', async () => {
      const response = await graphqlRequest(subgraph.url, LIST, { within: '421181112' }, await cadre());

      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    });

    it('refuses a call without the gateway identity with UNAUTHENTICATED', async () => {
      const response = await graphqlRequest(subgraph.url, GET, { id: '00000000-0000-4000-8000-000000000000' });

      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('lists', () => {
    const PAGED_VILLAGE = '421181111240';

    it('pages through a village newest first, across two pages, without repeats', async () => {
      await arrange(PAGED_VILLAGE, '一月', 100, '2026-01-10');
      await arrange(PAGED_VILLAGE, '二月', 100, '2026-02-10');
      await arrange(PAGED_VILLAGE, '三月', 100, '2026-03-10');
      await arrange(OTHER_TOWNSHIP_VILLAGE, '外镇', 100, '2026-04-10');
      const headers = await cadre();

      const first = await graphqlRequest<ListResult>(subgraph.url, LIST, { within: PAGED_VILLAGE, first: 2 }, headers);
      const page1 = first.data!.villageMatters;
      const second = await graphqlRequest<ListResult>(subgraph.url, LIST, { within: PAGED_VILLAGE, first: 2, after: page1.pageInfo.endCursor }, headers);
      const page2 = second.data!.villageMatters;

      expect(first.errors).toBeUndefined();
      expect(second.errors).toBeUndefined();
      expect(page1.totalCount).toBe(3);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect(page1.nodes.map((node) => node.title)).toEqual(['三月', '二月']);
      expect(page2.nodes.map((node) => node.title)).toEqual(['一月']);
      expect(page2.pageInfo.hasNextPage).toBe(false);
    });

    it('never lists matters outside the scope', async () => {
      const response = await graphqlRequest<ListResult>(subgraph.url, LIST, { first: 100 }, await as(['analyst'], '421181112'));
      const mine = await graphqlRequest<ListResult>(subgraph.url, LIST, { first: 100 }, await cadre());

      expect(response.data!.villageMatters.nodes.map((node) => node.title)).not.toContain('一月');
      expect(mine.data!.villageMatters.nodes.map((node) => node.title)).not.toContain('外镇');
    });

    it('filters by tier', async () => {
      const village = '421181111241';
      await arrange(village, '小额', 199_999, '2026-05-01');
      await arrange(village, '一般', 200_000, '2026-05-02');
      await arrange(village, '重大', 2_000_000, '2026-05-03');
      const headers = await cadre();

      const tiers = await Promise.all(
        ['MINOR', 'GENERAL', 'MAJOR'].map((tier) => graphqlRequest<ListResult>(subgraph.url, LIST, { within: village, tier }, headers)),
      );

      expect(tiers.map((response) => response.data!.villageMatters.nodes.map((node) => node.title))).toEqual([['小额'], ['一般'], ['重大']]);
    });

    it('adds the matters of a region to Region, within scope', async () => {
      const response = await graphqlRequest<{ _entities: { code: string; villageMatters: { totalCount: number } }[] }>(
        subgraph.url,
        ENTITIES,
        { representations: [{ __typename: 'Region', code: PAGED_VILLAGE }] },
        await cadre(),
      );
      const refused = await graphqlRequest(
        subgraph.url,
        ENTITIES,
        { representations: [{ __typename: 'Region', code: OTHER_TOWNSHIP_VILLAGE }] },
        await cadre(),
      );

      expect(response.errors).toBeUndefined();
      expect(response.data!._entities).toEqual([{ code: PAGED_VILLAGE, villageMatters: { totalCount: 3, nodes: expect.any(Array) } }]);
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    });
  });
});
