import { type Role } from '@grassroots/auth';
import { shanghaiDate } from '@grassroots/kernel';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { EconomyAppModule } from '../app.module';
import { CollectiveIncome } from './collective-income.entity';

const TOWNSHIP = '421181111';
const VILLAGE = '421181111229';
const OTHER_TOWNSHIP_VILLAGE = '421181112001';
const THIS_YEAR = Number(shanghaiDate().slice(0, 4));

const FIELDS = 'id region { code } year amount incomeClass recordedAt correctedAt';
const RECORD = `mutation Record($input: RecordCollectiveIncomeInput!) { recordCollectiveIncome(input: $input) { ${FIELDS} } }`;
const CORRECT = `mutation Correct($id: ID!, $amount: Money!) { correctCollectiveIncome(id: $id, amount: $amount) { ${FIELDS} } }`;
const GET = `query Get($id: ID!) { collectiveIncome(id: $id) { ${FIELDS} } }`;
const LIST = `query List($within: RegionCode, $year: Int, $incomeClass: IncomeClass, $first: Int, $after: String) {
  collectiveIncomes(within: $within, year: $year, incomeClass: $incomeClass, first: $first, after: $after) {
    totalCount nodes { id region { code } year incomeClass } pageInfo { hasNextPage endCursor }
  }
}`;
const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on CollectiveIncome { id year }
    ... on Region { code collectiveIncomes(first: 10) { totalCount } }
  }
}`;

type IncomeNode = {
  id: string;
  region: { code: string };
  year: number;
  amount: string;
  incomeClass: string;
  recordedAt: string;
  correctedAt: string | null;
};
type ListResult = {
  collectiveIncomes: {
    totalCount: number;
    nodes: { id: string; region: { code: string }; year: number; incomeClass: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('CollectiveIncome (economy subgraph)', () => {
  let subgraph: TestSubgraph;

  const as = (roles: Role[], region = TOWNSHIP) => identityHeaders(testCaller(roles, region));
  const agriculture = () => as(['agriculture']);
  const record = async (input: { regionCode: string; year: number; amount: string }, headers?: Record<string, string>) =>
    graphqlRequest<{ recordCollectiveIncome: IncomeNode }>(subgraph.url, RECORD, { input }, headers ?? (await agriculture()));
  const correct = async (id: string, amount: string, headers?: Record<string, string>) =>
    graphqlRequest<{ correctCollectiveIncome: IncomeNode }>(subgraph.url, CORRECT, { id, amount }, headers ?? (await agriculture()));
  const incomeCount = () => subgraph.em().count(CollectiveIncome, {});
  const amountOf = async (id: string) => (await subgraph.em().findOneOrFail(CollectiveIncome, { id })).amount;
  const arrange = async (regionCode: string, year: number, amountFen: number) => {
    const em = subgraph.em();
    const income = new CollectiveIncome(regionCode, year, amountFen, '2026-01-15');
    await em.persist(income).flush();
    return income;
  };

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('economy', (config) => EconomyAppModule.forRoot(config));
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  describe('success', () => {
    it('records a year of income and classes the village', async () => {
      const response = await record({ regionCode: VILLAGE, year: 2024, amount: '500000.00' });

      expect(response.errors).toBeUndefined();
      const income = response.data!.recordCollectiveIncome;
      expect(income).toMatchObject({
        region: { code: VILLAGE },
        year: 2024,
        amount: '500000.00',
        incomeClass: 'STRONG',
        recordedAt: shanghaiDate(),
        correctedAt: null,
      });
      expect(await amountOf(income.id)).toBe(50_000_000);
    });

    it.each([
      ['421181111230', '0.00', 'EMPTY'],
      ['421181111231', '0.01', 'WEAK'],
      ['421181111232', '49999.99', 'WEAK'],
      ['421181111233', '50000.00', 'STANDARD'],
      ['421181111234', '499999.99', 'STANDARD'],
    ])('classes village %s with %s yuan as %s', async (regionCode, amount, incomeClass) => {
      const response = await record({ regionCode, year: 2024, amount }, await as(['township-officer']));

      expect(response.errors).toBeUndefined();
      expect(response.data!.recordCollectiveIncome).toMatchObject({ amount, incomeClass });
    });

    it('accepts the first and the current year', async () => {
      const oldest = await record({ regionCode: VILLAGE, year: 2000, amount: '1.00' });
      const current = await record({ regionCode: VILLAGE, year: THIS_YEAR, amount: '1.00' });

      expect(oldest.errors).toBeUndefined();
      expect(current.errors).toBeUndefined();
    });

    it('corrects an amount, which can change the class', async () => {
      const { id } = (await record({ regionCode: VILLAGE, year: 2023, amount: '49999.99' })).data!.recordCollectiveIncome;

      const response = await correct(id, '50000.00');

      expect(response.errors).toBeUndefined();
      expect(response.data!.correctCollectiveIncome).toMatchObject({ id, amount: '50000.00', incomeClass: 'STANDARD', correctedAt: shanghaiDate() });
      expect(await amountOf(id)).toBe(5_000_000);
    });

    it('reads a record by id', async () => {
      const created = (await record({ regionCode: VILLAGE, year: 2022, amount: '12345.67' })).data!.recordCollectiveIncome;

      const response = await graphqlRequest<{ collectiveIncome: IncomeNode }>(subgraph.url, GET, { id: created.id }, await as(['audit']));

      expect(response.errors).toBeUndefined();
      expect(response.data!.collectiveIncome).toEqual(created);
    });

    it('resolves many references in one request and leaves out-of-scope ones null', async () => {
      const first = await arrange('421181111235', 2021, 100);
      const second = await arrange('421181111236', 2021, 100);
      const outside = await arrange(OTHER_TOWNSHIP_VILLAGE, 2021, 100);
      const representations = [first, second, outside].map(({ id }) => ({ __typename: 'CollectiveIncome', id }));

      const response = await graphqlRequest<{ _entities: ({ id: string; year: number } | null)[] }>(
        subgraph.url,
        ENTITIES,
        { representations },
        await agriculture(),
      );

      expect(response.errors).toBeUndefined();
      expect(response.data!._entities).toEqual([{ id: first.id, year: 2021 }, { id: second.id, year: 2021 }, null]);
    });
  });

  describe('failure', () => {
    it('refuses a second record of the same village and year with CONFLICT, pointing to the correction', async () => {
      const village = '421181111237';
      const { id } = (await record({ regionCode: village, year: 2024, amount: '100.00' })).data!.recordCollectiveIncome;
      const before = await incomeCount();

      const response = await record({ regionCode: village, year: 2024, amount: '200.00' });

      expect(errorCodes(response)).toEqual(['CONFLICT']);
      expect(response.errors![0].message).toContain('correctCollectiveIncome');
      expect(response.errors![0].extensions).toMatchObject({ id });
      expect(await incomeCount()).toBe(before);
      expect(await amountOf(id)).toBe(10_000);
    });

    it.each([
      ['a role that may not record', { regionCode: VILLAGE, year: 2020, amount: '1.00' }, ['audit'], 'FORBIDDEN'],
      ['a village in another township', { regionCode: OTHER_TOWNSHIP_VILLAGE, year: 2020, amount: '1.00' }, ['agriculture'], 'FORBIDDEN'],
      ['a township instead of a village', { regionCode: TOWNSHIP, year: 2020, amount: '1.00' }, ['agriculture'], 'BAD_USER_INPUT'],
      ['a year before 2000', { regionCode: VILLAGE, year: 1999, amount: '1.00' }, ['agriculture'], 'BAD_USER_INPUT'],
      ['a year after this one', { regionCode: VILLAGE, year: THIS_YEAR + 1, amount: '1.00' }, ['agriculture'], 'BAD_USER_INPUT'],
      ['a negative amount', { regionCode: VILLAGE, year: 2020, amount: '-0.01' }, ['agriculture'], 'BAD_USER_INPUT'],
      ['an amount that is not yuan', { regionCode: VILLAGE, year: 2020, amount: '1e5' }, ['agriculture'], 'BAD_USER_INPUT'],
    ] as [string, { regionCode: string; year: number; amount: string }, Role[], string][])(
      'refuses to record %s and writes nothing',
      async (_case, input, roles, code) => {
        const before = await incomeCount();

        const response = await record(input, await as(roles));

        expect(errorCodes(response)).toEqual([code]);
        expect(response.data?.recordCollectiveIncome ?? null).toBeNull();
        expect(await incomeCount()).toBe(before);
      },
    );

    it('refuses a correction without the role (FORBIDDEN), outside the scope (NOT_FOUND) or below zero, changing nothing', async () => {
      const mine = await arrange('421181111238', 2020, 300);
      const outside = await arrange(OTHER_TOWNSHIP_VILLAGE, 2020, 300);

      const wrongRole = await correct(mine.id, '9.00', await as(['village-cadre']));
      const hidden = await correct(outside.id, '9.00');
      const negative = await correct(mine.id, '-9.00');

      expect(errorCodes(wrongRole)).toEqual(['FORBIDDEN']);
      expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
      expect(errorCodes(negative)).toEqual(['BAD_USER_INPUT']);
      expect(await amountOf(mine.id)).toBe(300);
      expect(await amountOf(outside.id)).toBe(300);
    });

    it('answers NOT_FOUND for a record in another township and BAD_USER_INPUT for a malformed id', async () => {
      const outside = await arrange(OTHER_TOWNSHIP_VILLAGE, 2019, 100);

      const hidden = await graphqlRequest(subgraph.url, GET, { id: outside.id }, await agriculture());
      const malformed = await graphqlRequest(subgraph.url, GET, { id: 'x' }, await agriculture());

      expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
      expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses to list another township with FORBIDDEN', async () => {
      const response = await graphqlRequest(subgraph.url, LIST, { within: '421181112' }, await agriculture());

      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    });
  });

  describe('lists', () => {
    const PAGED_VILLAGE = '421181111240';

    it('pages through a village latest year first, across two pages', async () => {
      await arrange(PAGED_VILLAGE, 2010, 100);
      await arrange(PAGED_VILLAGE, 2011, 100);
      await arrange(PAGED_VILLAGE, 2012, 100);
      const headers = await agriculture();

      const first = await graphqlRequest<ListResult>(subgraph.url, LIST, { within: PAGED_VILLAGE, first: 2 }, headers);
      const page1 = first.data!.collectiveIncomes;
      const second = await graphqlRequest<ListResult>(
        subgraph.url,
        LIST,
        { within: PAGED_VILLAGE, first: 2, after: page1.pageInfo.endCursor },
        headers,
      );
      const page2 = second.data!.collectiveIncomes;

      expect(page1.totalCount).toBe(3);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect(page1.nodes.map((node) => node.year)).toEqual([2012, 2011]);
      expect(page2.nodes.map((node) => node.year)).toEqual([2010]);
      expect(page2.pageInfo.hasNextPage).toBe(false);
    });

    it('filters by year and class within the township', async () => {
      await arrange('421181111250', 2005, 0);
      await arrange('421181111251', 2005, 4_999_999);
      await arrange('421181111252', 2005, 5_000_000);
      await arrange('421181111253', 2005, 50_000_000);
      await arrange(OTHER_TOWNSHIP_VILLAGE, 2005, 0);
      const headers = await agriculture();

      const byClass = await Promise.all(
        ['EMPTY', 'WEAK', 'STANDARD', 'STRONG'].map((incomeClass) =>
          graphqlRequest<ListResult>(subgraph.url, LIST, { year: 2005, incomeClass }, headers),
        ),
      );
      const byYear = await graphqlRequest<ListResult>(subgraph.url, LIST, { year: 2005 }, headers);

      expect(byClass.map((response) => response.data!.collectiveIncomes.nodes.map((node) => node.region.code))).toEqual([
        ['421181111250'],
        ['421181111251'],
        ['421181111252'],
        ['421181111253'],
      ]);
      expect(byYear.data!.collectiveIncomes.totalCount).toBe(4);
    });

    it('adds the incomes of a region to Region, within scope', async () => {
      const response = await graphqlRequest<{ _entities: { code: string; collectiveIncomes: { totalCount: number } }[] }>(
        subgraph.url,
        ENTITIES,
        { representations: [{ __typename: 'Region', code: PAGED_VILLAGE }] },
        await agriculture(),
      );
      const refused = await graphqlRequest(
        subgraph.url,
        ENTITIES,
        { representations: [{ __typename: 'Region', code: '421181112' }] },
        await agriculture(),
      );

      expect(response.errors).toBeUndefined();
      expect(response.data!._entities).toEqual([{ code: PAGED_VILLAGE, collectiveIncomes: { totalCount: 3 } }]);
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    });
  });
});
