import { newId } from '@grassroots/kernel';
import { bootTestSubgraph, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { OrganizationAppModule } from '../app.module';
import { Region } from '../region/region.entity';
import { PartyOrganization } from './party-organization.entity';

// Federation resolves references through `_entities`: hundreds of representations must cost a
// constant number of SQL statements (DataLoaders), not one per representation.
const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on PartyOrganization { id name kind region { code shortName } parent { id name } }
    ... on Region { code shortName }
  }
}`;

type Entity = { id?: string; code?: string; region?: { code: string } | null; parent?: { id: string } | null } | null;

describe('PartyOrganization and Region references (_entities batching)', () => {
  const statements: string[] = [];
  let subgraph: TestSubgraph;
  let county: Record<string, string>;
  let villages: string[];
  let organizationIds: string[];
  let countyCommitteeId: string;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('organization', (config) => OrganizationAppModule.forRoot(config), { queryLogger: (sql) => statements.push(sql) });
    county = await identityHeaders(testCaller(['organization-dept'], '421181'));
    const em = subgraph.em();
    villages = (await em.find(Region, { level: 'VILLAGE' }, { orderBy: { code: 'asc' } })).map((region) => region.code);
    countyCommitteeId = newId();
    const now = new Date();
    const rows = [
      { id: countyCommitteeId, name: '中共麻城市委员会', kind: 'COMMITTEE' as const, regionCode: '421181', parent: null, foundedAt: '1949-05-01', createdAt: now, updatedAt: now },
      ...villages.slice(villages.length - 300).map((code, index) => ({
        id: newId(),
        name: `第${index + 1}党支部`,
        kind: 'BRANCH' as const,
        regionCode: code,
        parent: countyCommitteeId,
        foundedAt: '2000-01-01',
        createdAt: now,
        updatedAt: now,
      })),
    ];
    await em.insertMany(PartyOrganization, rows);
    organizationIds = rows.slice(1).map((row) => row.id);
  });
  afterAll(() => subgraph?.close());

  const resolve = async (organizations: number, regions: number) => {
    const representations = [
      ...organizationIds.slice(0, organizations).map((id) => ({ __typename: 'PartyOrganization', id })),
      // Regions partly other than the organizations' own, so both region batches hit the database.
      ...villages.slice(0, regions).map((code) => ({ __typename: 'Region', code })),
    ];
    statements.length = 0;
    const response = await graphqlRequest<{ _entities: Entity[] }>(subgraph.url, ENTITIES, { representations }, county);
    return { response, statements: [...statements] };
  };

  it('resolves 300 organizations and 300 regions with a constant number of SQL statements', async () => {
    const small = await resolve(30, 30);
    const large = await resolve(300, 300);
    expect(large.response.errors).toBeUndefined();
    const entities = large.response.data!._entities;
    expect(entities).toHaveLength(600);
    expect(entities.slice(0, 300).every((entity) => entity?.region?.code && entity.parent?.id === countyCommitteeId)).toBe(true);
    expect(entities.slice(300).every((entity) => entity?.code)).toBe(true);
    // One statement per loader batch whatever the number of keys: organizations, regions asked for,
    // the organizations' own regions not yet cached, and their parents (4 for 30+30 and for 300+300).
    expect(large.statements.length).toBeLessThanOrEqual(4);
    expect(large.statements.length).toBe(small.statements.length);
  });

  it('answers null for unknown, malformed and out-of-scope keys without failing the batch', async () => {
    const township = await identityHeaders(testCaller(['township-officer'], '421181111'));
    const insideTownship = organizationIds[villages.slice(villages.length - 300).findIndex((code) => code.startsWith('421181111'))];
    const response = await graphqlRequest<{ _entities: Entity[] }>(
      subgraph.url,
      ENTITIES,
      {
        representations: [
          { __typename: 'PartyOrganization', id: insideTownship },
          { __typename: 'PartyOrganization', id: organizationIds[organizationIds.length - 1] },
          { __typename: 'PartyOrganization', id: newId() },
          { __typename: 'PartyOrganization', id: 'not-a-uuid' },
          { __typename: 'Region', code: '421181100' },
        ],
      },
      township,
    );
    expect(response.errors).toBeUndefined();
    const [own, other, unknown, malformed, region] = response.data!._entities;
    expect(own).toMatchObject({ id: insideTownship, parent: null });
    expect([other, unknown, malformed, region]).toEqual([null, null, null, null]);
  });
});
