import { randomUUID } from 'node:crypto';
import { bootTestSubgraph, graphqlRequest, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { knownBranch } from '../branch-directory/testing/branch-fixtures';
import { PartyMember } from './party-member.entity';
import { type Headers, personnelCallers, registerMember } from './testing/party-member-fixtures';

// The gateway resolves hundreds of PartyOrganization (and Region) representations in one
// `_entities` call; members and pipeline must cost a constant number of SQL statements.
const MEMBERS = `query ($representations: [_Any!]!, $first: Int, $after: String) {
  _entities(representations: $representations) {
    ... on PartyOrganization { id members(first: $first, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }
  }
}`;
const MEMBERS_WITH_PERSONAL_DATA = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on PartyOrganization { id members(first: 5) { totalCount nodes { name idNumber phone } } } }
}`;
const PIPELINE = `query ($representations: [_Any!]!, $overdueOnly: Boolean) {
  _entities(representations: $representations) { ... on PartyOrganization { id pipeline(first: 5, overdueOnly: $overdueOnly) { totalCount nodes { name stage } } } }
}`;
const REGION_MEMBERS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Region { code partyMembers(first: 3) { totalCount nodes { region { code } } } } }
}`;

type Page = { totalCount: number; nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const BRANCHES = 400;
const VILLAGES = ['421181111229', '421181111201', '421181100200'];

describe('Batched resolution of PartyOrganization and Region members', () => {
  const statements: string[] = [];
  let subgraph: TestSubgraph;
  let callers: Awaited<ReturnType<typeof personnelCallers>>;
  let county: Headers;
  const branchIds = Array.from({ length: BRANCHES }, () => randomUUID());
  const big = branchIds[0];

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config), { queryLogger: (sql) => statements.push(sql) });
    callers = await personnelCallers();
    county = callers.orgDept;
    // 3 members in each branch, 8 in the first (two of them left), none in the last.
    const em = subgraph.em();
    const rows = branchIds.slice(0, -1).flatMap((branchId, index) =>
      Array.from({ length: branchId === big ? 8 : 3 }, (_, n) => {
        const member = new PartyMember(`党员${String(index).padStart(3, '0')}-${n}`, VILLAGES[index % VILLAGES.length], branchId, '2015-07-01');
        if (branchId === big && n >= 6) Object.assign(member, { leftAt: '2024-01-01', leftReason: 'DIED' });
        return member;
      }),
    );
    await em.insertMany(PartyMember, rows);
    await knownBranch(subgraph, VILLAGES[1], { organizationId: branchIds[1] });
    await registerMember(subgraph, callers.officer, { name: '甲-有身份证', regionCode: VILLAGES[1], branchId: branchIds[1], idNumber: '421181198503120012', phone: '13812345678' });
  });
  afterAll(() => subgraph?.close());

  const selects = () => statements.filter((sql) => /\bselect\b/i.test(sql));
  const representations = (ids: string[]) => ids.map((id) => ({ __typename: 'PartyOrganization', id }));

  it(`resolves members(first: 5) of ${BRANCHES} organizations in 2 SQL statements`, async () => {
    statements.length = 0;
    const response = await graphqlRequest<{ _entities: { id: string; members: Page }[] }>(subgraph.url, MEMBERS, { representations: representations(branchIds), first: 5 }, county);
    expect(response.errors).toBeUndefined();
    const pages = response.data!._entities;
    expect(pages).toHaveLength(BRANCHES);
    expect(pages[0].members).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });
    expect(pages[0].members.nodes.map((node) => node.name)).toEqual(['党员000-0', '党员000-1', '党员000-2', '党员000-3', '党员000-4']);
    expect(pages[1].members).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
    expect(pages[2].members.nodes).toHaveLength(3);
    expect(pages[BRANCHES - 1].members).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    // One windowed query for every first page, one grouped count.
    expect(selects()).toHaveLength(2);
  });

  it('costs the same for 10 organizations as for 400', async () => {
    statements.length = 0;
    await graphqlRequest(subgraph.url, MEMBERS, { representations: representations(branchIds.slice(0, 10)), first: 5 }, county);
    expect(selects()).toHaveLength(2);
  });

  it('continues a branch from its first page cursor', async () => {
    const first = await graphqlRequest<{ _entities: { members: Page }[] }>(subgraph.url, MEMBERS, { representations: representations([big]), first: 5 }, county);
    const after = first.data!._entities[0].members.pageInfo.endCursor;
    const next = await graphqlRequest<{ _entities: { members: Page }[] }>(subgraph.url, MEMBERS, { representations: representations([big]), first: 5, after }, county);
    expect(next.errors).toBeUndefined();
    expect(next.data!._entities[0].members.nodes.map((node) => node.name)).toEqual(['党员000-5']);
    expect(next.data!._entities[0].members.pageInfo.hasNextPage).toBe(false);
  });

  it('confines every page to the caller’s scope', async () => {
    const response = await graphqlRequest<{ _entities: { members: Page }[] }>(subgraph.url, MEMBERS, { representations: representations(branchIds.slice(0, 6)), first: 5 }, callers.otherOfficer);
    // 中馆驿镇 sees only the branches whose members live in 林寨村 (every third one).
    expect(response.data!._entities.map((entity) => entity.members.totalCount)).toEqual([0, 0, 3, 0, 0, 3]);
  });

  it('adds one INSERT for all unmasked personal fields, and none when masked', async () => {
    statements.length = 0;
    const seen = await graphqlRequest<{ _entities: { members: { nodes: { idNumber: string | null }[] } }[] }>(
      subgraph.url,
      MEMBERS_WITH_PERSONAL_DATA,
      { representations: representations(branchIds) },
      county,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data!._entities[1].members.nodes.map((node) => node.idNumber)).toContain('421181198503120012');
    expect(selects()).toHaveLength(2);
    expect(statements.filter((sql) => /insert into "sensitive_read"/i.test(sql))).toHaveLength(1);

    statements.length = 0;
    const masked = await graphqlRequest<{ _entities: { members: { nodes: { idNumber: string | null }[] } }[] }>(
      subgraph.url,
      MEMBERS_WITH_PERSONAL_DATA,
      { representations: representations(branchIds) },
      callers.analyst,
    );
    expect(masked.data!._entities[1].members.nodes.map((node) => node.idNumber)).toContain('421181********0012');
    expect(statements.filter((sql) => /sensitive_read/i.test(sql))).toHaveLength(0);
    expect(selects()).toHaveLength(2);
  });

  it.each([false, true])(`resolves pipeline(first: 5, overdueOnly: %s) of ${BRANCHES} organizations in 2 SQL statements`, async (overdueOnly) => {
    statements.length = 0;
    const response = await graphqlRequest<{ _entities: { pipeline: { totalCount: number } }[] }>(
      subgraph.url,
      PIPELINE,
      { representations: representations(branchIds), overdueOnly },
      county,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toHaveLength(BRANCHES);
    expect(selects()).toHaveLength(2);
  });

  it('resolves Region.partyMembers for regions of three levels in 2 statements per level', async () => {
    const codes = [...VILLAGES, '421181111', '421181100', '421181'];
    statements.length = 0;
    const response = await graphqlRequest<{ _entities: { code: string; partyMembers: { totalCount: number; nodes: { region: { code: string } }[] } }[] }>(
      subgraph.url,
      REGION_MEMBERS,
      { representations: codes.map((code) => ({ __typename: 'Region', code })) },
      county,
    );
    expect(response.errors).toBeUndefined();
    const [yantou, yanjia, linzhai, huangtugang, zhongguanyi, macheng] = response.data!._entities.map((entity) => entity.partyMembers.totalCount);
    expect(huangtugang).toBe(yantou + yanjia);
    expect(zhongguanyi).toBe(linzhai);
    expect(macheng).toBe(yantou + yanjia + linzhai);
    expect(response.data!._entities[0].partyMembers.nodes.every((node) => node.region.code === VILLAGES[0])).toBe(true);
    expect(selects()).toHaveLength(6);
  });
});
