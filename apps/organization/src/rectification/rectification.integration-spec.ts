import { type Role } from '@grassroots/auth';
import { shanghaiDate } from '@grassroots/kernel';
import { OutboxMessage } from '@grassroots/messaging';
import { bootTestSubgraph, errorCodes, type GraphqlResponse, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { OrganizationAppModule } from '../app.module';
import { CaseTransition } from './case-transition.entity';
import { isoWeekOf } from './iso-week.util';
import { RectificationItem } from './rectification-item.entity';
import { RectificationPlan } from './rectification-plan.entity';
import { RectificationProgressReport } from './rectification-progress-report.entity';
import { WeakOrganizationCase } from './weak-organization-case.entity';

// The organization template holds the real regions of 麻城市 (421181); each test uses villages of its own.
const COUNTY = '421181';
const TOWNSHIP = '421181111'; // 黄土岗镇
const OTHER_TOWNSHIP = '421181100'; // 中馆驿镇

const CASE_FIELDS = 'id regionCode organizationId reasons otherReason contactLevel contactLeaderName contactLeaderPersonId state relapseCount round designatedAt closedAt';
const PLAN_FIELDS = 'id caseId round state proposedAt returnReason remedies approvedAt review { heldOn attendance votesFor passed } items { nodes { id position problem returnedMissing doneAt } }';
const DESIGNATE = `mutation ($input: DesignateWeakOrganizationInput!) { designateWeakOrganization(input: $input) { ${CASE_FIELDS} } }`;
const SAVE = `mutation ($caseId: ID!, $items: [WeakOrganizationPlanItemInput!]!) { saveRectificationPlan(caseId: $caseId, items: $items) { ${PLAN_FIELDS} } }`;
const PROPOSE = `mutation ($planId: ID!) { proposeRectificationPlan(planId: $planId) { ${PLAN_FIELDS} } }`;
const REVIEW = `mutation ($planId: ID!, $input: ReviewWeakOrganizationPlanInput!) { reviewRectificationPlan(planId: $planId, input: $input) { ${PLAN_FIELDS} } }`;
const APPROVE = `mutation ($planId: ID!, $input: ApproveWeakOrganizationPlanInput!) { approveRectificationPlan(planId: $planId, input: $input) { ${PLAN_FIELDS} } }`;
const RETURN = `mutation ($planId: ID!, $input: ReturnWeakOrganizationPlanInput!) { returnRectificationPlan(planId: $planId, input: $input) { ${PLAN_FIELDS} } }`;
const START = `mutation ($caseId: ID!) { startRectification(caseId: $caseId) { ${CASE_FIELDS} } }`;
const REPORT = `mutation ($input: ReportRectificationProgressInput!) { reportRectificationProgress(input: $input) { id caseId week weekStart text completedItemIds reportedBy } }`;
const DONE = `mutation ($itemId: ID!, $doneOn: LocalDate) { markRectificationItemDone(itemId: $itemId, doneOn: $doneOn) { id doneAt overdue } }`;
const CLOSE = `mutation ($caseId: ID!) { closeWeakOrganizationCase(caseId: $caseId) { ${CASE_FIELDS} } }`;
const CONSOLIDATE = `mutation ($caseId: ID!) { startConsolidation(caseId: $caseId) { ${CASE_FIELDS} } }`;
const RELAPSE = `mutation ($caseId: ID!, $reason: String!) { reportRelapse(caseId: $caseId, reason: $reason) { ${CASE_FIELDS} } }`;
const CASE = `query ($id: ID!) {
  weakOrganizationCase(id: $id) {
    ${CASE_FIELDS}
    region { code shortName }
    plan { ${PLAN_FIELDS} }
    plans { totalCount nodes { round state } }
    transitions(first: 50) { totalCount nodes { action fromState toState planFromState planToState itemId actor actorName at note } }
    progressReports { totalCount nodes { week text completedItemIds } }
  }
}`;
const CASES = `query ($within: RegionCode, $state: WeakOrganizationState, $contactLevel: WeakOrganizationContactLevel, $first: Int, $after: String) {
  weakOrganizationCases(within: $within, state: $state, contactLevel: $contactLevel, first: $first, after: $after) {
    totalCount nodes { regionCode state contactLevel } pageInfo { hasNextPage endCursor }
  }
}`;
const OVERDUE = `query ($within: RegionCode, $asOf: LocalDate, $first: Int, $after: String) {
  overdueRectificationVillages(within: $within, asOf: $asOf, first: $first, after: $after) {
    totalCount nodes { regionCode caseId contactLevel overdueItemCount earliestDeadline region { shortName } } pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const COUNTS = `query ($within: RegionCode) {
  weakOrganizationCounts(within: $within) { total designated planApproved rectifying closed consolidating cityLevel countyLevel relapsed }
}`;
const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on WeakOrganizationCase { id state regionCode }
    ... on Region { code weakOrganizationCases(first: 10) { totalCount nodes { regionCode state } } }
  }
}`;

type CaseNode = {
  id: string;
  regionCode: string;
  reasons: string[];
  contactLeaderName: string;
  state: string;
  relapseCount: number;
  round: number;
  designatedAt: string;
  closedAt: string | null;
};
type PlanNode = {
  id: string;
  caseId: string;
  round: number;
  state: string;
  proposedAt: string | null;
  returnReason: string | null;
  remedies: string[];
  approvedAt: string | null;
  review: { heldOn: string; attendance: number; votesFor: number; passed: boolean } | null;
  items: { nodes: { id: string; position: number; problem: string | null; returnedMissing: string[]; doneAt: string | null }[] };
};
type Transition = {
  action: string;
  fromState: string | null;
  toState: string;
  planFromState: string | null;
  planToState: string | null;
  itemId: string | null;
  actor: string;
  actorName: string | null;
  at: string;
  note: string | null;
};

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('Weak-organization rectification 软弱涣散村党组织整顿', () => {
  let subgraph: TestSubgraph;
  let county: Record<string, string>;
  let township: Record<string, string>;
  const today = shanghaiDate();
  const designatedAt = addDays(today, -35);
  const lastWeek = isoWeekOf(addDays(today, -7)).week;
  const thisWeek = isoWeekOf(today).week;

  const as = (roles: Role[], region: string, subject = `${roles[0]}@${region}`) => identityHeaders(testCaller(roles, region, subject));
  const call = <T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) => graphqlRequest<T>(subgraph.url, query, variables, headers);
  const ok = <T>(response: GraphqlResponse<T>): T => {
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };

  const item = (problem: string, deadlineInDays: number, overrides: Record<string, unknown> = {}) => ({
    problem,
    measure: `针对“${problem}”逐项整改`,
    responsiblePerson: '王明',
    deadline: addDays(today, deadlineInDays),
    ...overrides,
  });
  const designate = (regionCode: string, overrides: Record<string, unknown> = {}, headers = county) =>
    call<{ designateWeakOrganization: CaseNode }>(
      DESIGNATE,
      { input: { regionCode, reasons: ['SECRETARY_VACANT', 'CLAN_INTERFERENCE'], contactLevel: 'COUNTY_C', contactLeaderName: '李建华', designatedAt, ...overrides } },
      headers,
    );
  const save = async (caseId: string, items: Record<string, unknown>[], headers = county) =>
    call<{ saveRectificationPlan: PlanNode }>(SAVE, { caseId, items }, headers);
  const vote = { heldOn: today, representativeCount: 30, attendance: 25, votesFor: 20 };

  type Driven = { caseId: string; planId: string; itemIds: string[] };
  /** Takes a new case of `village` up to `target` through the API, as the county organization department. */
  const drive = async (
    village: string,
    target: 'DESIGNATED' | 'PLAN_APPROVED' | 'RECTIFYING' | 'CLOSED' | 'CONSOLIDATING',
    items = [item('书记长期空缺', 30), item('集体经济空壳', 60)],
    designation: Record<string, unknown> = {},
  ): Promise<Driven> => {
    const caseId = ok(await designate(village, designation)).designateWeakOrganization.id;
    const plan = ok(await save(caseId, items)).saveRectificationPlan;
    const driven = { caseId, planId: plan.id, itemIds: plan.items.nodes.map((node) => node.id) };
    if (target === 'DESIGNATED') return driven;
    ok(await call(PROPOSE, { planId: plan.id }, county));
    ok(await call(REVIEW, { planId: plan.id, input: vote }, county));
    ok(await call(APPROVE, { planId: plan.id, input: { remedies: ['SOFTNESS'] } }, county));
    if (target === 'PLAN_APPROVED') return driven;
    ok(await call(START, { caseId }, county));
    if (target === 'RECTIFYING') return driven;
    for (const itemId of driven.itemIds) ok(await call(DONE, { itemId }, county));
    ok(await call(CLOSE, { caseId }, county));
    if (target === 'CLOSED') return driven;
    ok(await call(CONSOLIDATE, { caseId }, county));
    return driven;
  };

  const rows = async () => {
    const em = subgraph.em();
    const versions = async (entity: typeof WeakOrganizationCase | typeof RectificationPlan | typeof RectificationItem) =>
      (await em.find(entity, {})).reduce((sum, row) => sum + row.version, 0);
    return {
      cases: await em.count(WeakOrganizationCase, {}),
      caseVersions: await versions(WeakOrganizationCase),
      plans: await em.count(RectificationPlan, {}),
      planVersions: await versions(RectificationPlan),
      items: await em.count(RectificationItem, {}),
      itemVersions: await versions(RectificationItem),
      reports: await em.count(RectificationProgressReport, {}),
      transitions: await em.count(CaseTransition, {}),
      events: await em.count(OutboxMessage, {}),
    };
  };
  const caseState = async (id: string) => (await subgraph.em().findOneOrFail(WeakOrganizationCase, { id })).state;
  const events = (type: string, key: string) => subgraph.em().find(OutboxMessage, { type, key }, { orderBy: { seq: 'asc' } });

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('organization', (config) => OrganizationAppModule.forRoot(config));
    county = await as(['organization-dept'], COUNTY, 'county-org-dept');
    township = await as(['township-officer'], TOWNSHIP, 'township-officer-1');
  });
  afterAll(() => subgraph?.close());

  describe('the whole workflow', () => {
    const VILLAGE = '421181111229'; // 堰头垸村

    it('takes a village from designation to consolidation, recording every step in order with who and when', async () => {
      const designated = ok(await designate(VILLAGE, { reasons: ['SECRETARY_VACANT', 'OTHER'], otherReason: '村务公开不及时', contactLevel: 'CITY_B' }));
      const caseId = designated.designateWeakOrganization.id;
      expect(designated.designateWeakOrganization).toMatchObject({ regionCode: VILLAGE, state: 'DESIGNATED', round: 1, designatedAt, closedAt: null });

      const drafted = ok(await save(caseId, [item('书记长期空缺', 30), item('集体经济空壳', 60)], township)).saveRectificationPlan;
      expect(drafted).toMatchObject({ caseId, round: 1, state: 'DRAFT' });
      const [first, second] = drafted.items.nodes.map((node) => node.id);

      expect(ok(await call<{ proposeRectificationPlan: PlanNode }>(PROPOSE, { planId: drafted.id }, township)).proposeRectificationPlan).toMatchObject({
        state: 'PROPOSED',
        proposedAt: today,
      });
      expect(ok(await call<{ reviewRectificationPlan: PlanNode }>(REVIEW, { planId: drafted.id, input: vote }, township)).reviewRectificationPlan).toMatchObject({
        state: 'REVIEWED',
        review: { heldOn: today, attendance: 25, votesFor: 20, passed: true },
      });
      const approved = ok(
        await call<{ approveRectificationPlan: PlanNode }>(APPROVE, { planId: drafted.id, input: { remedies: ['SOFTNESS', 'POVERTY'], opinion: '措施可行' } }, county),
      ).approveRectificationPlan;
      expect(approved).toMatchObject({ state: 'APPROVED', remedies: ['SOFTNESS', 'POVERTY'], approvedAt: today });
      expect(await caseState(caseId)).toBe('PLAN_APPROVED');

      expect(ok(await call<{ startRectification: CaseNode }>(START, { caseId }, township)).startRectification.state).toBe('RECTIFYING');
      const report = ok(
        await call<{ reportRectificationProgress: { week: string; completedItemIds: string[]; reportedBy: string } }>(
          REPORT,
          { input: { caseId, week: lastWeek, text: '新选书记到岗', itemIdsDone: [first] } },
          township,
        ),
      ).reportRectificationProgress;
      expect(report).toMatchObject({ week: lastWeek, completedItemIds: [first], reportedBy: 'township-officer-1' });
      expect(ok(await call<{ markRectificationItemDone: { doneAt: string } }>(DONE, { itemId: second }, township)).markRectificationItemDone.doneAt).toBe(today);

      const closed = ok(await call<{ closeWeakOrganizationCase: CaseNode }>(CLOSE, { caseId }, county)).closeWeakOrganizationCase;
      expect(closed).toMatchObject({ state: 'CLOSED', closedAt: today });
      expect(ok(await call<{ startConsolidation: CaseNode }>(CONSOLIDATE, { caseId }, township)).startConsolidation.state).toBe('CONSOLIDATING');
      ok(await call(REPORT, { input: { caseId, week: today, text: '巩固提升: 建立村务公开制度' } }, township));

      const read = ok(await call<{ weakOrganizationCase: CaseNode & Record<string, never> }>(CASE, { id: caseId }, county)).weakOrganizationCase as unknown as {
        region: { code: string; shortName: string };
        plan: PlanNode;
        plans: { totalCount: number };
        transitions: { totalCount: number; nodes: Transition[] };
        progressReports: { totalCount: number; nodes: { week: string }[] };
      };
      expect(read.region).toEqual({ code: VILLAGE, shortName: '堰头垸村' });
      expect(read.plan.items.nodes.every((node) => node.doneAt !== null)).toBe(true);
      expect(read.progressReports.nodes.map((node) => node.week)).toEqual([thisWeek, lastWeek]);
      const steps = read.transitions.nodes.map((row) => [row.action, row.fromState, row.toState, row.planFromState, row.planToState, row.actor]);
      expect(steps).toEqual([
        ['DESIGNATE', null, 'DESIGNATED', null, null, 'county-org-dept'],
        ['SAVE_PLAN', 'DESIGNATED', 'DESIGNATED', null, 'DRAFT', 'township-officer-1'],
        ['PROPOSE_PLAN', 'DESIGNATED', 'DESIGNATED', 'DRAFT', 'PROPOSED', 'township-officer-1'],
        ['REVIEW_PLAN', 'DESIGNATED', 'DESIGNATED', 'PROPOSED', 'REVIEWED', 'township-officer-1'],
        ['APPROVE_PLAN', 'DESIGNATED', 'PLAN_APPROVED', 'REVIEWED', 'APPROVED', 'county-org-dept'],
        ['START_RECTIFICATION', 'PLAN_APPROVED', 'RECTIFYING', null, null, 'township-officer-1'],
        ['COMPLETE_ITEM', 'RECTIFYING', 'RECTIFYING', null, null, 'township-officer-1'],
        ['COMPLETE_ITEM', 'RECTIFYING', 'RECTIFYING', null, null, 'township-officer-1'],
        ['CLOSE', 'RECTIFYING', 'CLOSED', null, null, 'county-org-dept'],
        ['START_CONSOLIDATION', 'CLOSED', 'CONSOLIDATING', null, null, 'township-officer-1'],
      ]);
      expect(read.transitions.nodes.slice(6, 8).map((row) => row.itemId)).toEqual([first, second]);
      const times = read.transitions.nodes.map((row) => Date.parse(row.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(read.transitions.nodes[0].note).toBe('SECRETARY_VACANT, OTHER: 村务公开不及时');
      expect(read.transitions.nodes[4].note).toBe('八治: SOFTNESS, POVERTY; 措施可行');

      const [designation] = await events('organization.weak-village.designated.v1', VILLAGE);
      expect(designation.payload).toMatchObject({
        subject: VILLAGE,
        data: { caseId, regionCode: VILLAGE, organizationId: null, reasons: ['SECRETARY_VACANT', 'OTHER'], designatedAt },
      });
      const [closeOut] = await events('organization.weak-village.closed.v1', VILLAGE);
      expect(closeOut.payload).toMatchObject({ subject: VILLAGE, data: { caseId, regionCode: VILLAGE, closedAt: today } });
    });
  });

  describe('plan approval: 三个不放过', () => {
    it('refuses to propose a plan whose items lack parts, listing what each lacks, and writes nothing', async () => {
      const { planId } = await drive('421181111201', 'DESIGNATED', [
        item('书记长期空缺', 30, { measure: null }),
        item('宗族干扰选举', 30),
        item('历史遗留问题', -1, { responsiblePerson: '  ' }),
      ]);
      const before = await rows();

      const response = await call(PROPOSE, { planId }, township);

      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      const [error] = response.errors!;
      expect(error.message).toContain('item 1 lacks measure 整改措施');
      expect(error.message).toContain(`item 3 lacks responsible person 整改责任人 and has a deadline before the proposal date ${today}`);
      expect(error.message).not.toContain('item 2');
      expect(error.extensions?.gaps).toEqual([
        expect.objectContaining({ position: 1, missing: ['MEASURE'] }),
        expect.objectContaining({ position: 3, missing: ['RESPONSIBLE_PERSON', 'DEADLINE'], deadlineBefore: today }),
      ]);
      expect(await rows()).toEqual(before);
    });

    it('returns a plan the representatives vote down, and takes it forward only after a correction', async () => {
      const { caseId, planId } = await drive('421181111203', 'DESIGNATED');
      ok(await call(PROPOSE, { planId }, township));

      const voted = ok(
        await call<{ reviewRectificationPlan: PlanNode }>(REVIEW, { planId, input: { ...vote, votesFor: 12, opinion: '措施不具体' } }, township),
      ).reviewRectificationPlan;
      expect(voted).toMatchObject({ state: 'RETURNED', review: { passed: false, votesFor: 12 } });
      expect(voted.returnReason).toContain('12 of 25 attending');
      expect(voted.returnReason).toContain('措施不具体');

      const before = await rows();
      expect(errorCodes(await call(PROPOSE, { planId }, township))).toEqual(['CONFLICT']);
      expect(await rows()).toEqual(before);

      const corrected = ok(await save(caseId, [item('书记长期空缺', 30, { measure: '由乡镇选派干部任第一书记并兼任书记' })], township)).saveRectificationPlan;
      expect(corrected).toMatchObject({ id: planId, state: 'DRAFT' });
      expect(ok(await call<{ proposeRectificationPlan: PlanNode }>(PROPOSE, { planId }, township)).proposeRectificationPlan.state).toBe('PROPOSED');
    });

    it('lets the county send a reviewed plan back with the reason and per item what is missing', async () => {
      const { caseId, planId, itemIds } = await drive('421181111205', 'DESIGNATED');
      ok(await call(PROPOSE, { planId }, township));
      ok(await call(REVIEW, { planId, input: vote }, township));

      const returned = ok(
        await call<{ returnRectificationPlan: PlanNode }>(
          RETURN,
          { planId, input: { reason: '整改措施针对性不强', items: [{ itemId: itemIds[1], missing: ['MEASURE', 'DEADLINE'] }] } },
          county,
        ),
      ).returnRectificationPlan;

      expect(returned).toMatchObject({ state: 'RETURNED', returnReason: '整改措施针对性不强' });
      expect(returned.items.nodes.map((node) => node.returnedMissing)).toEqual([[], ['MEASURE', 'DEADLINE']]);
      const ledger = ok(await call<{ weakOrganizationCase: { transitions: { nodes: Transition[] } } }>(CASE, { id: caseId }, county)).weakOrganizationCase
        .transitions.nodes;
      expect(ledger.at(-1)).toMatchObject({
        action: 'RETURN_PLAN',
        planFromState: 'REVIEWED',
        planToState: 'RETURNED',
        actor: 'county-org-dept',
        note: '整改措施针对性不强; item 2 lacks measure 整改措施, deadline 整改时限',
      });
      expect(await caseState(caseId)).toBe('DESIGNATED');
    });

    it('refuses to approve a plan the representatives have not reviewed (CONFLICT) and writes nothing', async () => {
      const { planId } = await drive('421181111206', 'DESIGNATED');
      ok(await call(PROPOSE, { planId }, township));
      const before = await rows();

      const response = await call(APPROVE, { planId, input: { remedies: ['SOFTNESS'] } }, county);

      expect(errorCodes(response)).toEqual(['CONFLICT']);
      expect(response.errors![0].message).toContain("awaits the villagers' representatives' review");
      expect(await rows()).toEqual(before);
    });

    it.each([
      ['a meeting without quorum', '421181111207', { ...vote, attendance: 19, votesFor: 19 }, /no quorum/],
      ['more votes than attendance', '421181111209', { ...vote, votesFor: 26 }, /votesFor/],
      ['a meeting before the proposal', '421181111210', { ...vote, heldOn: addDays(today, -1) }, /before the plan was proposed/],
      ['a meeting in the future', '421181111211', { ...vote, heldOn: addDays(today, 1) }, /in the future/],
    ])('refuses a review with %s (BAD_USER_INPUT) and writes nothing', async (_case, village, input, message) => {
      const { planId } = await drive(village, 'DESIGNATED');
      ok(await call(PROPOSE, { planId }, township));
      const before = await rows();

      const response = await call(REVIEW, { planId, input }, township);

      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    });
  });

  describe('refused transitions: CONFLICT, nothing written', () => {
    let rectifying: Driven;
    let closed: Driven;

    beforeAll(async () => {
      rectifying = await drive('421181111212', 'RECTIFYING');
      closed = await drive('421181111213', 'CLOSED');
    });

    const refusals: [string, () => [string, Record<string, unknown>, 'county' | 'township']][] = [
      ['a second designation of a village with an open case', () => [DESIGNATE, { input: designationOf('421181111212') }, 'county']],
      ['a designation of a village whose case is closed out', () => [DESIGNATE, { input: designationOf('421181111213') }, 'county']],
      ['starting rectification twice', () => [START, { caseId: rectifying.caseId }, 'township']],
      ['closing out with items open', () => [CLOSE, { caseId: rectifying.caseId }, 'county']],
      ['a relapse of a case still rectifying', () => [RELAPSE, { caseId: rectifying.caseId, reason: '又出现宗族干扰' }, 'county']],
      ['editing the plan once rectifying', () => [SAVE, { caseId: rectifying.caseId, items: [] }, 'township']],
      ['starting rectification on a closed case', () => [START, { caseId: closed.caseId }, 'township']],
      ['closing a closed case again', () => [CLOSE, { caseId: closed.caseId }, 'county']],
      ['marking an item done on a closed case', () => [DONE, { itemId: closed.itemIds[0] }, 'township']],
      ['editing the plan of a closed case', () => [SAVE, { caseId: closed.caseId, items: [] }, 'township']],
      ['approving the plan of a closed case', () => [APPROVE, { planId: closed.planId, input: { remedies: ['SOFTNESS'] } }, 'county']],
      ['a weekly report on a closed case', () => [REPORT, { input: { caseId: closed.caseId, week: thisWeek, text: '进展' } }, 'township']],
    ];

    it.each(refusals)('refuses %s', async (_case, request) => {
      const [query, variables, who] = request();
      const before = await rows();

      const response = await call(query, variables, who === 'county' ? county : township);

      expect(errorCodes(response)).toEqual(['CONFLICT']);
      expect(await rows()).toEqual(before);
    });

    it('lets only one of two simultaneous designations of a village through', async () => {
      const village = '421181111233';
      const before = await rows();

      const responses = await Promise.all([designate(village), designate(village)]);

      expect(responses.map((response) => errorCodes(response).join()).sort()).toEqual(['', 'CONFLICT']);
      expect((await rows()).cases).toBe(before.cases + 1);
      expect(await events('organization.weak-village.designated.v1', village)).toHaveLength(1);
    });

    it('lets only one of two simultaneous close-outs through', async () => {
      const village = '421181111234';
      const { caseId, itemIds } = await drive(village, 'RECTIFYING');
      for (const itemId of itemIds) ok(await call(DONE, { itemId }, county));

      const responses = await Promise.all([call(CLOSE, { caseId }, county), call(CLOSE, { caseId }, county)]);

      expect(responses.map((response) => errorCodes(response).join()).sort()).toEqual(['', 'CONFLICT']);
      expect(await subgraph.em().count(CaseTransition, { weakCase: caseId, action: 'CLOSE' })).toBe(1);
      expect(await events('organization.weak-village.closed.v1', village)).toHaveLength(1);
    });

    it('names the open items when closing out too early, and points a closed village to reportRelapse', async () => {
      const early = await call(CLOSE, { caseId: rectifying.caseId }, county);
      expect(early.errors![0].message).toMatch(/2 item\(s\) are not done: item 1 "书记长期空缺" \(deadline .*\); item 2 "集体经济空壳"/);
      expect(early.errors![0].extensions?.openItems).toEqual(rectifying.itemIds.map((itemId, index) => expect.objectContaining({ itemId, position: index + 1 })));

      const again = await designate('421181111213');
      expect(again.errors![0].message).toContain(`case ${closed.caseId}, closed out and now CLOSED: report a relapse on it (reportRelapse)`);
    });

    it('refuses a second weekly report for the same week, and an item already done', async () => {
      ok(await call(REPORT, { input: { caseId: rectifying.caseId, week: lastWeek, text: '第一周', itemIdsDone: [rectifying.itemIds[0]] } }, township));
      const before = await rows();

      const sameWeek = await call(REPORT, { input: { caseId: rectifying.caseId, week: addDays(today, -7), text: '同一周再报' } }, township);
      const doneTwice = await call(DONE, { itemId: rectifying.itemIds[0] }, township);

      expect(errorCodes(sameWeek)).toEqual(['CONFLICT']);
      expect(sameWeek.errors![0].message).toContain(`already has its progress report for ${lastWeek}`);
      expect(errorCodes(doneTwice)).toEqual(['CONFLICT']);
      expect(doneTwice.errors![0].message).toContain('already done');
      expect(await rows()).toEqual(before);
    });

    it.each([
      ['a week not started yet', () => ({ caseId: rectifying.caseId, week: addDays(today, 7), text: '下周' }), /not started/],
      ['a week before the designation', () => ({ caseId: rectifying.caseId, week: addDays(designatedAt, -7), text: '认定前' }), /before the village was designated/],
      ['a malformed week', () => ({ caseId: rectifying.caseId, week: '第48周', text: '进展' }), /2026-W48/],
      ['an item of another case', () => ({ caseId: rectifying.caseId, week: thisWeek, text: '进展', itemIdsDone: [closed.itemIds[0]] }), /not on the plan in force/],
    ])('refuses a report for %s with BAD_USER_INPUT', async (_case, input, message) => {
      const before = await rows();
      const response = await call(REPORT, { input: input() }, township);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    });
  });

  describe('roles and scope', () => {
    const VILLAGE = '421181111216';
    let driven: Driven;

    beforeAll(async () => {
      driven = await drive(VILLAGE, 'DESIGNATED', [item('班子不团结', 30)], { contactLeaderName: '欧阳建国' });
    });

    it.each([
      ['a township officer', ['township-officer'], TOWNSHIP],
      ['a township organization department', ['organization-dept'], TOWNSHIP],
      ['an analyst', ['analyst'], COUNTY],
      ['discipline, who may only read', ['discipline'], COUNTY],
    ] as [string, Role[], string][])('refuses a designation by %s with FORBIDDEN', async (_case, roles, region) => {
      const before = await rows();
      const response = await designate('421181111218', {}, await as(roles, region));
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(await rows()).toEqual(before);
    });

    it('refuses a sign-off below county level and by township staff with FORBIDDEN', async () => {
      ok(await call(PROPOSE, { planId: driven.planId }, township));
      ok(await call(REVIEW, { planId: driven.planId, input: vote }, township));
      const before = await rows();

      const byTownshipDept = await call(APPROVE, { planId: driven.planId, input: { remedies: ['SOFTNESS'] } }, await as(['organization-dept'], TOWNSHIP));
      const byOfficer = await call(APPROVE, { planId: driven.planId, input: { remedies: ['SOFTNESS'] } }, township);
      const returnedByOfficer = await call(RETURN, { planId: driven.planId, input: { reason: '不行' } }, township);

      expect(errorCodes(byTownshipDept)).toEqual(['FORBIDDEN']);
      expect(byTownshipDept.errors![0].message).toContain('below county level');
      expect(errorCodes(byOfficer)).toEqual(['FORBIDDEN']);
      expect(errorCodes(returnedByOfficer)).toEqual(['FORBIDDEN']);
      expect(await rows()).toEqual(before);
    });

    it('hides the case from another township: NOT_FOUND to read and to act on, FORBIDDEN to list there', async () => {
      const other = await as(['township-officer'], OTHER_TOWNSHIP);
      const before = await rows();

      expect(errorCodes(await call(CASE, { id: driven.caseId }, other))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await call(SAVE, { caseId: driven.caseId, items: [] }, other))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await call(REPORT, { input: { caseId: driven.caseId, week: thisWeek, text: '越权' } }, other))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await call(CASES, { within: TOWNSHIP }, other))).toEqual(['FORBIDDEN']);
      expect(await rows()).toEqual(before);
    });

    it('refuses a designation outside the scope (FORBIDDEN), of a township (BAD_USER_INPUT) and of an unknown village (NOT_FOUND)', async () => {
      const before = await rows();
      expect(errorCodes(await designate('420102001001'))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await designate(TOWNSHIP))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await designate('421181111999'))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await designate('421181111220', { reasons: ['OTHER'] }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await designate('421181111220', { reasons: [] }))).toEqual(['BAD_USER_INPUT']);
      expect(await rows()).toEqual(before);
    });

    it('lets discipline and analysts read, with names masked for analysts, and refuses other roles', async () => {
      const discipline = ok(await call<{ weakOrganizationCase: CaseNode }>(CASE, { id: driven.caseId }, await as(['discipline'], COUNTY)));
      const analyst = ok(await call<{ weakOrganizationCase: CaseNode & { plan: PlanNode } }>(CASE, { id: driven.caseId }, await as(['analyst'], COUNTY)));
      const civil = await call(CASE, { id: driven.caseId }, await as(['civil-affairs'], COUNTY));

      expect(discipline.weakOrganizationCase.contactLeaderName).toBe('欧阳建国');
      expect(analyst.weakOrganizationCase.contactLeaderName).toBe('欧***');
      expect(errorCodes(civil)).toEqual(['FORBIDDEN']);
      const analystItems = ok(
        await call<{ weakOrganizationCase: { plan: { items: { nodes: { responsiblePerson: string }[] } } } }>(
          `query ($id: ID!) { weakOrganizationCase(id: $id) { plan { items { nodes { responsiblePerson } } } } }`,
          { id: driven.caseId },
          await as(['analyst'], COUNTY),
        ),
      );
      expect(analystItems.weakOrganizationCase.plan.items.nodes).toEqual([{ responsiblePerson: '王*' }]);
    });

    it('refuses every write by an analyst with FORBIDDEN', async () => {
      const analyst = await as(['analyst'], COUNTY);
      const before = await rows();
      for (const [query, variables] of [
        [SAVE, { caseId: driven.caseId, items: [] }],
        [START, { caseId: driven.caseId }],
        [REPORT, { input: { caseId: driven.caseId, week: thisWeek, text: '进展' } }],
        [RELAPSE, { caseId: driven.caseId, reason: '回潮' }],
      ] as [string, Record<string, unknown>][]) {
        expect(errorCodes(await call(query, variables, analyst))).toEqual(['FORBIDDEN']);
      }
      expect(await rows()).toEqual(before);
    });
  });

  describe('relapse 反复回潮', () => {
    it('reopens a closed-out case at DESIGNATED, counts it, publishes the relapse and starts a new plan round', async () => {
      const VILLAGE = '421181111228';
      const { caseId } = await drive(VILLAGE, 'CONSOLIDATING');
      const eventsBefore = await subgraph.em().count(OutboxMessage, {});

      const reopened = ok(await call<{ reportRelapse: CaseNode }>(RELAPSE, { caseId, reason: '宗族势力再次干扰村务' }, county)).reportRelapse;

      expect(reopened).toMatchObject({ id: caseId, state: 'DESIGNATED', relapseCount: 1, round: 2, closedAt: null });
      expect(await subgraph.em().count(OutboxMessage, {})).toBe(eventsBefore + 1);
      const [relapse] = await events('organization.weak-village.relapsed.v1', VILLAGE);
      expect(relapse.key).toBe(VILLAGE);
      expect(relapse.payload).toMatchObject({ subject: VILLAGE, data: { caseId, regionCode: VILLAGE, relapsedAt: today, reason: '宗族势力再次干扰村务' } });

      const read = ok(await call<{ weakOrganizationCase: { plan: PlanNode | null; plans: { totalCount: number }; transitions: { nodes: Transition[] } } }>(CASE, { id: caseId }, county))
        .weakOrganizationCase;
      expect(read.plan).toBeNull();
      expect(read.plans.totalCount).toBe(1);
      expect(read.transitions.nodes.at(-1)).toMatchObject({ action: 'RELAPSE', fromState: 'CONSOLIDATING', toState: 'DESIGNATED', note: '宗族势力再次干扰村务' });

      const second = ok(await save(caseId, [item('宗族干扰村务', 45)], township)).saveRectificationPlan;
      expect(second).toMatchObject({ round: 2, state: 'DRAFT' });
      expect(errorCodes(await call(START, { caseId }, township))).toEqual(['CONFLICT']);
    });

    it('reopens a CLOSED case too, and refuses a second relapse of the reopened case', async () => {
      const { caseId } = await drive('421181111232', 'CLOSED');
      ok(await call(RELAPSE, { caseId, reason: '班子又不团结' }, county));
      const before = await rows();

      const again = await call(RELAPSE, { caseId, reason: '再次' }, county);

      expect(errorCodes(again)).toEqual(['CONFLICT']);
      expect(await rows()).toEqual(before);
    });
  });

  describe('analyst lists, computed in the database', () => {
    const QITING = '421181102'; // 歧亭镇
    let late: Driven;
    let later: Driven;

    beforeAll(async () => {
      later = await drive('421181102200', 'RECTIFYING', [item('书记长期空缺', 10), item('集体经济空壳', 20)]);
      late = await drive('421181102201', 'PLAN_APPROVED', [item('换届风险', 5)], { contactLevel: 'CITY_B' });
      const finished = await drive('421181102202', 'RECTIFYING', [item('服务群众意识差', 3)]);
      ok(await call(DONE, { itemId: finished.itemIds[0] }, county));
      await drive('421181102203', 'CONSOLIDATING', [item('历史遗留问题', 2)]);
      await drive('421181102204', 'DESIGNATED', [item('历史遗留问题', 1)]);
    });

    it('lists villages with open items past their deadline, most overdue first, with the count and earliest deadline', async () => {
      const analyst = await as(['analyst'], COUNTY);
      type Overdue = {
        overdueRectificationVillages: {
          totalCount: number;
          nodes: { regionCode: string; caseId: string; contactLevel: string; overdueItemCount: number; earliestDeadline: string; region: { shortName: string } }[];
          pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
        };
      };

      const mid = ok(await call<Overdue>(OVERDUE, { within: QITING, asOf: addDays(today, 15) }, analyst)).overdueRectificationVillages;
      const end = ok(await call<Overdue>(OVERDUE, { within: QITING, asOf: addDays(today, 25) }, analyst)).overdueRectificationVillages;
      const now = ok(await call<Overdue>(OVERDUE, { within: QITING }, analyst)).overdueRectificationVillages;

      expect(mid.totalCount).toBe(2);
      expect(mid.nodes).toEqual([
        { regionCode: '421181102201', caseId: late.caseId, contactLevel: 'CITY_B', overdueItemCount: 1, earliestDeadline: addDays(today, 5), region: { shortName: '薛窖山村' } },
        { regionCode: '421181102200', caseId: later.caseId, contactLevel: 'COUNTY_C', overdueItemCount: 1, earliestDeadline: addDays(today, 10), region: { shortName: '熊店村' } },
      ]);
      expect(end.nodes.find((node) => node.regionCode === '421181102200')?.overdueItemCount).toBe(2);
      expect(now).toMatchObject({ totalCount: 0, nodes: [] });
    });

    it('pages the overdue list by cursor', async () => {
      type Page = { overdueRectificationVillages: { totalCount: number; nodes: { regionCode: string }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } } };
      const asOf = addDays(today, 15);
      const first = ok(await call<Page>(OVERDUE, { within: QITING, asOf, first: 1 }, county)).overdueRectificationVillages;
      const second = ok(await call<Page>(OVERDUE, { within: QITING, asOf, first: 1, after: first.pageInfo.endCursor }, county)).overdueRectificationVillages;
      const past = ok(await call<Page>(OVERDUE, { within: QITING, asOf, first: 1, after: second.pageInfo.endCursor }, county)).overdueRectificationVillages;

      expect(first).toMatchObject({ totalCount: 2, nodes: [{ regionCode: '421181102201' }], pageInfo: { hasNextPage: true, hasPreviousPage: false } });
      expect(second).toMatchObject({ totalCount: 2, nodes: [{ regionCode: '421181102200' }], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
      expect(past).toMatchObject({ totalCount: 2, nodes: [], pageInfo: { hasNextPage: false } });
      expect(errorCodes(await call(OVERDUE, { within: QITING, after: 'not-a-cursor' }, county))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await call(OVERDUE, { within: QITING }, township))).toEqual(['FORBIDDEN']);
    });

    it('counts cases by state and contact level, within a township', async () => {
      const { caseId } = await drive('421181102205', 'CLOSED');
      ok(await call(RELAPSE, { caseId, reason: '回潮' }, county));

      const counts = ok(await call<{ weakOrganizationCounts: Record<string, number> }>(COUNTS, { within: QITING }, await as(['analyst'], COUNTY))).weakOrganizationCounts;

      expect(counts).toEqual({ total: 6, designated: 2, planApproved: 1, rectifying: 2, closed: 0, consolidating: 1, cityLevel: 1, countyLevel: 5, relapsed: 1 });
      const township = ok(await call<{ weakOrganizationCounts: { total: number } }>(COUNTS, { within: '421181102200' }, county)).weakOrganizationCounts;
      expect(township.total).toBe(1);
    });

    it('lists and filters cases, adds them to Region, and resolves references in one request', async () => {
      type List = { weakOrganizationCases: { totalCount: number; nodes: { regionCode: string; state: string }[] } };
      const rectifying = ok(await call<List>(CASES, { within: QITING, state: 'RECTIFYING' }, county)).weakOrganizationCases;
      const cityLevel = ok(await call<List>(CASES, { within: QITING, contactLevel: 'CITY_B' }, county)).weakOrganizationCases;
      expect(rectifying.nodes.map((node) => node.regionCode)).toEqual(['421181102200', '421181102202']);
      expect(cityLevel.nodes.map((node) => node.regionCode)).toEqual(['421181102201']);

      const response = ok(
        await call<{ _entities: ({ id?: string; state?: string; code?: string; weakOrganizationCases?: { totalCount: number } } | null)[] }>(
          ENTITIES,
          {
            representations: [
              { __typename: 'WeakOrganizationCase', id: late.caseId },
              { __typename: 'WeakOrganizationCase', id: later.caseId },
              { __typename: 'Region', code: QITING },
            ],
          },
          county,
        ),
      );
      expect(response._entities[0]).toMatchObject({ id: late.caseId, state: 'PLAN_APPROVED' });
      expect(response._entities[1]).toMatchObject({ id: later.caseId, state: 'RECTIFYING' });
      expect(response._entities[2]).toMatchObject({ code: QITING, weakOrganizationCases: { totalCount: 6 } });

      const hidden = await call<{ _entities: unknown[] }>(ENTITIES, { representations: [{ __typename: 'WeakOrganizationCase', id: late.caseId }] }, township);
      expect(hidden.data?._entities).toEqual([null]);
    });
  });

  function designationOf(regionCode: string) {
    return { regionCode, reasons: ['ELECTION_RISK'], contactLevel: 'COUNTY_C', contactLeaderName: '李建华', designatedAt };
  }
});
