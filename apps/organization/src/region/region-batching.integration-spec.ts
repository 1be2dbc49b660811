import { bootTestSubgraph, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { OrganizationAppModule } from '../app.module';

// Other subgraphs extend Region: the gateway resolves hundreds of them in one `_entities` call,
// which must cost a constant number of SQL statements, not one per key.
const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Region { code shortName parent { code shortName } } }
}`;

describe('Region entity resolution', () => {
  const statements: string[] = [];
  let subgraph: TestSubgraph;
  let headers: Record<string, string>;
  let villageCodes: string[];

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('organization', (config) => OrganizationAppModule.forRoot(config), {
      queryLogger: (sql) => statements.push(sql),
    });
    headers = await identityHeaders(testCaller(['analyst'], '421181'));
    const rows = await subgraph.em().getConnection().execute<{ code: string }[]>("select code from region where level = 'VILLAGE' order by code");
    villageCodes = rows.map((row) => row.code);
  });
  afterAll(() => subgraph?.close());

  it('resolves all 460 villages of the county and their parents in a constant number of queries', async () => {
    statements.length = 0;
    const representations = villageCodes.map((code) => ({ __typename: 'Region', code }));
    const response = await graphqlRequest<{ _entities: { code: string; parent: { code: string } }[] }>(subgraph.url, ENTITIES, { representations }, headers);
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toHaveLength(460);
    expect(response.data!._entities.every((region, index) => region.code === villageCodes[index] && villageCodes[index].startsWith(region.parent.code))).toBe(true);
    const selects = statements.filter((sql) => /\bselect\b/i.test(sql));
    // One query for the 460 villages, one for their 28 townships.
    expect(selects).toHaveLength(2);
  });

  it('costs the same for 10 keys as for 460', async () => {
    statements.length = 0;
    const representations = villageCodes.slice(0, 10).map((code) => ({ __typename: 'Region', code }));
    await graphqlRequest(subgraph.url, ENTITIES, { representations }, headers);
    expect(statements.filter((sql) => /\bselect\b/i.test(sql))).toHaveLength(2);
  });

  it('answers null for a key outside the caller scope, without an extra query per key', async () => {
    const township = await identityHeaders(testCaller(['analyst'], '421181111'));
    statements.length = 0;
    const representations = [{ __typename: 'Region', code: '421181111229' }, { __typename: 'Region', code: '421181100200' }];
    const response = await graphqlRequest<{ _entities: ({ code: string } | null)[] }>(subgraph.url, ENTITIES, { representations }, township);
    expect(response.data!._entities[0]).toMatchObject({ code: '421181111229' });
    expect(response.data!._entities[1]).toBeNull();
    expect(statements.filter((sql) => /\bselect\b/i.test(sql)).length).toBeLessThanOrEqual(2);
  });
});
