import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { OrganizationAppModule } from '../app.module';

// The organization template holds the real regions of 麻城市 (421181): 28 township-level units, 460 villages.
const REGION = `query Region($code: RegionCode!) {
  region(code: $code) { code name shortName level parentCode settlement parent { code name } }
}`;
const REGIONS = `query Regions($within: RegionCode, $level: RegionLevel, $name: String, $first: Int, $after: String) {
  regions(within: $within, level: $level, name: $name, first: $first, after: $after) {
    totalCount nodes { code shortName } pageInfo { hasNextPage endCursor }
  }
}`;

describe('Region queries', () => {
  let subgraph: TestSubgraph;
  let county: Record<string, string>;
  let township: Record<string, string>;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('organization', (config) => OrganizationAppModule.forRoot(config));
    county = await identityHeaders(testCaller(['analyst'], '421181'));
    township = await identityHeaders(testCaller(['township-officer'], '421181111'));
  });
  afterAll(() => subgraph?.close());

  describe('success', () => {
    it('reads a real village with its parent in one request', async () => {
      const response = await graphqlRequest(subgraph.url, REGION, { code: '421181111229' }, county);
      expect(response.errors).toBeUndefined();
      expect(response.data?.region).toEqual({
        code: '421181111229',
        name: '堰头垸村村民委员会',
        shortName: '堰头垸村',
        level: 'VILLAGE',
        parentCode: '421181111',
        settlement: 'RURAL',
        parent: { code: '421181111', name: '黄土岗镇' },
      });
    });

    it('reads the 12-digit padded form of a county as the county', async () => {
      const response = await graphqlRequest(subgraph.url, REGION, { code: '421181000000' }, county);
      expect(response.data?.region).toMatchObject({ code: '421181', level: 'COUNTY', shortName: '麻城市' });
    });

    it('treats 421181100 as a township although it ends in zeros', async () => {
      const response = await graphqlRequest(subgraph.url, REGION, { code: '421181100' }, county);
      expect(response.data?.region).toMatchObject({ code: '421181100', level: 'TOWNSHIP' });
    });

    it('pages through the 28 township-level units without overlap', async () => {
      const first = await graphqlRequest<{ regions: { totalCount: number; nodes: { code: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
        subgraph.url,
        REGIONS,
        { level: 'TOWNSHIP', first: 20 },
        county,
      );
      const page1 = first.data!.regions;
      expect(page1.totalCount).toBe(28);
      expect(page1.nodes).toHaveLength(20);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const second = await graphqlRequest<typeof first.data>(subgraph.url, REGIONS, { level: 'TOWNSHIP', first: 20, after: page1.pageInfo.endCursor }, county);
      const page2 = second.data!.regions;
      expect(page2.nodes).toHaveLength(8);
      expect(page2.pageInfo.hasNextPage).toBe(false);
      const codes = [...page1.nodes, ...page2.nodes].map((node) => node.code);
      expect(new Set(codes).size).toBe(28);
      expect(codes).toEqual([...codes].sort());
    });

    it('counts the 460 villages of the county', async () => {
      const response = await graphqlRequest<{ regions: { totalCount: number } }>(subgraph.url, REGIONS, { level: 'VILLAGE', first: 1 }, county);
      expect(response.data?.regions.totalCount).toBe(460);
    });

    it('finds villages by part of the name', async () => {
      const response = await graphqlRequest<{ regions: { nodes: { code: string; shortName: string }[] } }>(
        subgraph.url,
        REGIONS,
        { name: '堰头垸', level: 'VILLAGE' },
        county,
      );
      expect(response.data?.regions.nodes).toContainEqual({ code: '421181111229', shortName: '堰头垸村' });
    });
  });

  describe('region scope', () => {
    it('lets a township caller see its township and the name of its county', async () => {
      const own = await graphqlRequest(subgraph.url, REGION, { code: '421181111229' }, township);
      expect(own.errors).toBeUndefined();
      const ancestor = await graphqlRequest(subgraph.url, REGION, { code: '421181' }, township);
      expect(ancestor.data?.region).toMatchObject({ code: '421181', shortName: '麻城市' });
    });

    it('hides another township and its villages as NOT_FOUND', async () => {
      const other = await graphqlRequest(subgraph.url, REGION, { code: '421181100' }, township);
      expect(errorCodes(other)).toEqual(['NOT_FOUND']);
      expect(other.data).toBeNull();
    });

    it('lists only the villages of its own township, even when asked for the county', async () => {
      const listed = await graphqlRequest<{ regions: { totalCount: number; nodes: { code: string }[] } }>(
        subgraph.url,
        REGIONS,
        { within: '421181', level: 'VILLAGE', first: 100 },
        township,
      );
      expect(listed.data?.regions.totalCount).toBeGreaterThan(0);
      expect(listed.data?.regions.nodes.every((node) => node.code.startsWith('421181111'))).toBe(true);
    });

    it('refuses a list inside another township with FORBIDDEN', async () => {
      const listed = await graphqlRequest(subgraph.url, REGIONS, { within: '421181100' }, township);
      expect(errorCodes(listed)).toEqual(['FORBIDDEN']);
    });
  });

  describe('failure', () => {
    it('refuses a malformed region code with BAD_USER_INPUT', async () => {
      const response = await graphqlRequest(subgraph.url, REGION, { code: '42118' }, county);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0].message).toMatch(/2, 4, 6, 9 or 12 digits/);
    });

    it('refuses a page size over 100 and a forged cursor with BAD_USER_INPUT', async () => {
      expect(errorCodes(await graphqlRequest(subgraph.url, REGIONS, { first: 1000 }, county))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await graphqlRequest(subgraph.url, REGIONS, { after: 'not-a-cursor' }, county))).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a request that did not come through the gateway', async () => {
      const response = await graphqlRequest(subgraph.url, REGION, { code: '421181' });
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data ?? null).toBeNull();
    });

    it('refuses a user token sent straight to the subgraph', async () => {
      const response = await graphqlRequest(subgraph.url, REGION, { code: '421181' }, { 'x-grassroots-caller': 'eyJhbGciOiJIUzI1NiJ9.e30.x' });
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    });
  });
});
