import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { DutyLine, DutyLineAssignment } from './duty-line.entity';
import { cadreFixtures, END_CADRE_POST, type Headers, OTHER_TOWNSHIP, SECOND_VILLAGE, TOWNSHIP, VILLAGE } from './testing/cadre-fixtures';

const DUTY_LINE = `mutation Line($input: AssignDutyLineInput!) { assignDutyLine(input: $input) { id ownerId ownerInOffice } }`;
const REPORT = `query Report($within: RegionCode, $needsAttentionOnly: Boolean, $first: Int, $after: String) {
  dutyLineReport(within: $within, needsAttentionOnly: $needsAttentionOnly, first: $first, after: $after) {
    totalCount nodes { region { code } lineCount orphanedLineCount needsAttention } pageInfo { hasNextPage endCursor }
  }
}`;
const LINES = `query Lines($within: RegionCode) { dutyLines(within: $within, first: 100) { totalCount nodes { name ownerId ownerInOffice } } }`;

type VillageLines = { region: { code: string }; lineCount: number; orphanedLineCount: number; needsAttention: boolean };
type Report = { dutyLineReport: { totalCount: number; nodes: VillageLines[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
type Lines = { dutyLines: { totalCount: number; nodes: { name: string; ownerId: string; ownerInOffice: boolean }[] } };

const THIRD_VILLAGE = '421181111202';

// 精准履职考核: about ten lines per village, each owned by a serving cadre. Ending a post leaves the
// cadre's lines with them (nothing reassigns silently); the report shows them to the township.
describe('Duty-line report 履职工作线情况', () => {
  const statements: string[] = [];
  let subgraph: TestSubgraph;
  let officer: Headers;
  let foreignOfficer: Headers;
  let fixtures: ReturnType<typeof cadreFixtures>;
  let member: { cadreId: string; postId: string };
  let chair: { cadreId: string; postId: string };

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config), { queryLogger: (sql) => statements.push(sql) });
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP));
    foreignOfficer = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
    fixtures = cadreFixtures(subgraph, officer);
    member = await fixtures.serving('陈委员', 'COMMITTEE_MEMBER');
    chair = await fixtures.serving('周主任', 'COMMITTEE_CHAIR');
    const second = await fixtures.serving('严书记', 'SECRETARY', { regionCode: SECOND_VILLAGE });
    const third = await fixtures.serving('黄书记', 'SECRETARY', { regionCode: THIRD_VILLAGE });
    // 堰头垸村: ten lines, five each; 严家畈村: three lines (short); the third village: eight lines.
    const assign = (regionCode: string, name: string, ownerId: string) => fixtures.call(DUTY_LINE, { input: { regionCode, name, ownerId } });
    for (let n = 1; n <= 10; n += 1) await assign(VILLAGE, `工作线${n}`, n <= 5 ? member.cadreId : chair.cadreId);
    for (let n = 1; n <= 3; n += 1) await assign(SECOND_VILLAGE, `工作线${n}`, second.cadreId);
    for (let n = 1; n <= 8; n += 1) await assign(THIRD_VILLAGE, `工作线${n}`, third.cadreId);
  });
  afterAll(() => subgraph?.close());

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Headers = officer) =>
    graphqlRequest<T>(subgraph.url, query, variables, headers);
  const report = async (variables: Record<string, unknown> = {}, headers: Headers = officer) => {
    const response = await gql<Report>(REPORT, variables, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.dutyLineReport;
  };
  const rows = async () => ({ lines: await subgraph.em().count(DutyLine, {}), assignments: await subgraph.em().count(DutyLineAssignment, {}) });

  it('reports each village’s lines in one statement, by village code', async () => {
    statements.length = 0;
    const found = await report();
    expect(statements.filter((sql) => /\bselect\b/i.test(sql))).toHaveLength(1);
    expect(found.nodes).toEqual([
      { region: { code: SECOND_VILLAGE }, lineCount: 3, orphanedLineCount: 0, needsAttention: true },
      { region: { code: THIRD_VILLAGE }, lineCount: 8, orphanedLineCount: 0, needsAttention: false },
      { region: { code: VILLAGE }, lineCount: 10, orphanedLineCount: 0, needsAttention: false },
    ]);
    expect((await report({ needsAttentionOnly: true })).nodes.map((node) => node.region.code)).toEqual([SECOND_VILLAGE]);
  });

  it('leaves a departing cadre’s lines with them, shows them out of office and orphaned, until the township reassigns one', async () => {
    const before = await rows();
    const ended = await gql(END_CADRE_POST, { postId: member.postId, leftAt: '2026-06-30', reason: 'RESIGNED' });
    expect(ended.errors).toBeUndefined();
    // Nothing reassigned silently.
    expect(await rows()).toEqual(before);
    const lines = (await gql<Lines>(LINES, { within: VILLAGE })).data!.dutyLines.nodes;
    expect(lines.filter((line) => !line.ownerInOffice).map((line) => line.ownerId)).toEqual(Array(5).fill(member.cadreId));
    expect((await report({ within: VILLAGE })).nodes).toEqual([{ region: { code: VILLAGE }, lineCount: 10, orphanedLineCount: 5, needsAttention: true }]);
    expect((await report({ needsAttentionOnly: true })).nodes.map((node) => node.region.code)).toEqual([SECOND_VILLAGE, VILLAGE]);

    const reassigned = await gql<{ assignDutyLine: { ownerId: string; ownerInOffice: boolean } }>(DUTY_LINE, {
      input: { regionCode: VILLAGE, name: '工作线1', ownerId: chair.cadreId },
    });
    expect(reassigned.data!.assignDutyLine).toEqual(expect.objectContaining({ ownerId: chair.cadreId, ownerInOffice: true }));
    expect((await report({ within: VILLAGE })).nodes[0]).toMatchObject({ lineCount: 10, orphanedLineCount: 4 });
  });

  it('refuses to give a line to the cadre who left office (CONFLICT), writing nothing', async () => {
    const before = await rows();
    const response = await gql(DUTY_LINE, { input: { regionCode: VILLAGE, name: '工作线2', ownerId: member.cadreId } });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(await rows()).toEqual(before);
  });

  it('pages the villages by code', async () => {
    const first = await report({ first: 2 });
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const next = await report({ first: 2, after: first.pageInfo.endCursor });
    expect(next.nodes.map((node) => node.region.code)).toEqual([VILLAGE]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('is confined to the caller’s scope', async () => {
    expect(await report({}, foreignOfficer)).toMatchObject({ totalCount: 0, nodes: [] });
    expect(errorCodes(await gql(REPORT, { within: OTHER_TOWNSHIP }))).toEqual(['FORBIDDEN']);
  });

  it.each([
    ['a malformed cursor', { after: 'garbage' }],
    ['a cursor of another list', { after: Buffer.from(JSON.stringify([1, 2])).toString('base64url') }],
    ['a page size above 100', { first: 101 }],
    ['a region code of 5 digits', { within: '42118' }],
  ])('refuses %s with BAD_USER_INPUT', async (_case, variables) => {
    expect(errorCodes(await gql(REPORT, variables))).toEqual(['BAD_USER_INPUT']);
  });
});
