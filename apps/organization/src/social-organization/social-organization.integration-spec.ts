import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@grassroots/kernel';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { OrganizationAppModule } from '../app.module';
import { SocialActivityReport, SocialOrganization, SocialOrganizationFilingTransition } from './social-organization.entity';

const TOWNSHIP = '421181111'; // 黄土岗镇
const VILLAGE = '421181111229'; // 堰头垸村
const SECOND_VILLAGE = '421181111201'; // 严家畈村
const OTHER_TOWNSHIP = '421181100'; // 中馆驿镇
const OTHER_VILLAGE = '421181100200'; // 林寨村

const ORG_FIELDS = 'id name kind regionCode leaderName filingStatus refusalReason filedAt';
const REGISTER = `mutation Register($input: RegisterSocialOrganizationInput!) { registerSocialOrganization(input: $input) { ${ORG_FIELDS} } }`;
const SUBMIT = `mutation Submit($id: ID!, $note: String) { submitSocialOrganizationFiling(id: $id, note: $note) { ${ORG_FIELDS} } }`;
const DECIDE = `mutation Decide($id: ID!, $decision: SocialOrganizationFilingDecision!, $reason: String) {
  decideSocialOrganizationFiling(id: $id, decision: $decision, reason: $reason) { ${ORG_FIELDS} }
}`;
const REPORT = `mutation Report($input: ReportSocialActivityInput!) {
  reportSocialActivity(input: $input) { id organizationId title activityDate late reportedBy organization { id name } }
}`;
const ORG = `query Org($id: ID!) {
  socialOrganization(id: $id) {
    ${ORG_FIELDS}
    region { shortName }
    filingHistory(first: 20) { totalCount nodes { event fromStatus toStatus note actor } }
    activityReports(first: 20) { totalCount nodes { title late } }
  }
}`;
const ORGS = `query Orgs($within: RegionCode, $kind: SocialOrganizationKind, $filingStatus: SocialOrganizationFilingStatus) {
  socialOrganizations(within: $within, kind: $kind, filingStatus: $filingStatus, first: 100) { totalCount nodes { id kind filingStatus } }
}`;
const UNFILED = `query Unfiled($township: RegionCode!, $first: Int, $after: String) {
  unfiledSocialOrganizations(township: $township, first: $first, after: $after) {
    totalCount nodes { id filingStatus } pageInfo { hasNextPage endCursor }
  }
}`;
const LATE = `query Late($township: RegionCode!) { lateActivityReports(township: $township, first: 100) { totalCount nodes { id title late } } }`;
const REGION_ORGS = `query RegionOrgs($code: RegionCode!) { region(code: $code) { socialOrganizations(first: 100) { totalCount } } }`;

type Org = { id: string; filingStatus: string; refusalReason: string | null; filedAt: string | null };
type Headers = Record<string, string>;

const dayOffset = (days: number) => shanghaiDate(new Date(Date.now() + days * 86_400_000));

describe('Social organizations 农村社会组织', () => {
  let subgraph: TestSubgraph;
  let civil: Headers;
  let officer: Headers;
  let cadre: Headers;
  let otherOfficer: Headers;
  let analyst: Headers;
  let filed: string;

  const rows = async () => ({
    organizations: await subgraph.em().count(SocialOrganization, {}),
    transitions: await subgraph.em().count(SocialOrganizationFilingTransition, {}),
    reports: await subgraph.em().count(SocialActivityReport, {}),
  });

  async function register(input: Record<string, unknown>, headers = officer): Promise<Org> {
    const response = await graphqlRequest<{ registerSocialOrganization: Org }>(subgraph.url, REGISTER, { input: { kind: 'ELDERS_ASSOCIATION', regionCode: VILLAGE, leaderName: '胡老', ...input } }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.registerSocialOrganization;
  }

  async function step<T = Org>(query: string, variables: Record<string, unknown>, headers = officer): Promise<T> {
    const response = await graphqlRequest<Record<string, T>>(subgraph.url, query, variables, headers);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0];
  }

  const report = (input: Record<string, unknown>, headers = officer) => graphqlRequest<{ reportSocialActivity: { late: boolean; title: string } }>(subgraph.url, REPORT, { input }, headers);

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('organization', (config) => OrganizationAppModule.forRoot(config));
    civil = await identityHeaders(testCaller(['civil-affairs'], '421181', 'civil-1'));
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP, 'officer-htg'));
    cadre = await identityHeaders(testCaller(['village-cadre'], VILLAGE, 'cadre-ytw'));
    otherOfficer = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
    analyst = await identityHeaders(testCaller(['analyst'], '421181'));
    const organization = await register({ name: '堰头垸村红白理事会', kind: 'WEDDINGS_FUNERALS_COUNCIL' });
    await step(SUBMIT, { id: organization.id });
    await step(DECIDE, { id: organization.id, decision: 'FILE' });
    filed = organization.id;
  });
  afterAll(() => subgraph?.close());

  describe('success', () => {
    it('shows the leader’s name to civil affairs and masks it for an analyst', async () => {
      expect(await step<{ leaderName: string }>(ORG, { id: filed }, civil)).toMatchObject({ leaderName: '胡老' });
      expect(await step<{ leaderName: string }>(ORG, { id: filed }, analyst)).toMatchObject({ leaderName: '胡*' });
    });

    it('takes an organization through refusal and resubmission to filed, recording every step', async () => {
      const organization = await register({ name: '胡氏宗祠会', kind: 'ANCESTRAL_HALL_COUNCIL', note: '村党支部摸排' }, civil);
      expect(organization).toMatchObject({ filingStatus: 'UNFILED', refusalReason: null, filedAt: null });
      expect(await step(SUBMIT, { id: organization.id, note: '首次提交' }, cadre)).toMatchObject({ filingStatus: 'PENDING' });
      expect(await step(DECIDE, { id: organization.id, decision: 'REFUSE', reason: '章程缺少财务管理条款' }, cadre)).toMatchObject({
        filingStatus: 'REFUSED',
        refusalReason: '章程缺少财务管理条款',
      });
      expect(await step(SUBMIT, { id: organization.id, note: '补充章程后重新提交' }, civil)).toMatchObject({ filingStatus: 'PENDING' });
      expect(await step(DECIDE, { id: organization.id, decision: 'FILE' }, officer)).toMatchObject({ filingStatus: 'FILED', refusalReason: null, filedAt: shanghaiDate() });

      const read = await step<{ region: { shortName: string }; filingHistory: { nodes: Record<string, unknown>[] } }>(ORG, { id: organization.id }, analyst);
      expect(read.region.shortName).toBe('堰头垸村');
      expect(read.filingHistory.nodes).toEqual([
        { event: 'REGISTER', fromStatus: null, toStatus: 'UNFILED', note: '村党支部摸排', actor: 'civil-1' },
        { event: 'SUBMIT', fromStatus: 'UNFILED', toStatus: 'PENDING', note: '首次提交', actor: 'cadre-ytw' },
        { event: 'REFUSE', fromStatus: 'PENDING', toStatus: 'REFUSED', note: '章程缺少财务管理条款', actor: 'cadre-ytw' },
        { event: 'SUBMIT', fromStatus: 'REFUSED', toStatus: 'PENDING', note: '补充章程后重新提交', actor: 'civil-1' },
        { event: 'FILE', fromStatus: 'PENDING', toStatus: 'FILED', note: null, actor: 'officer-htg' },
      ]);
    });

    it('flags a report on or after the activity date as late and lists only those per township', async () => {
      const early = await report({ organizationId: filed, title: '重阳敬老宴', activityDate: dayOffset(3) }, cadre);
      expect(early.errors).toBeUndefined();
      expect(early.data!.reportSocialActivity).toMatchObject({ late: false, title: '重阳敬老宴' });
      const sameDay = await report({ organizationId: filed, title: '当日丧事报备', activityDate: dayOffset(0) });
      expect(sameDay.data!.reportSocialActivity.late).toBe(true);
      const after = await report({ organizationId: filed, title: '事后补报婚宴', activityDate: dayOffset(-2), note: '宴席20桌' });
      expect(after.data!.reportSocialActivity.late).toBe(true);

      const late = await step<{ nodes: { title: string; late: boolean }[] }>(LATE, { township: TOWNSHIP });
      expect(late.nodes.map((node) => node.title)).toEqual(['当日丧事报备', '事后补报婚宴']);
      const history = await step<{ activityReports: { totalCount: number } }>(ORG, { id: filed });
      expect(history.activityReports.totalCount).toBe(3);
      const elsewhere = await step<{ totalCount: number }>(LATE, { township: OTHER_TOWNSHIP }, otherOfficer);
      expect(elsewhere.totalCount).toBe(0);
    });

    it('pages the unfiled organizations of a township (未备案, 待审, 不予备案) across two pages', async () => {
      const pending = await register({ name: '严家畈老人会', regionCode: SECOND_VILLAGE });
      await step(SUBMIT, { id: pending.id });
      const refused = await register({ name: '严家畈治安巡逻队', kind: 'SECURITY_PATROL', regionCode: SECOND_VILLAGE });
      await step(SUBMIT, { id: refused.id });
      await step(DECIDE, { id: refused.id, decision: 'REFUSE', reason: '负责人不符合条件' });
      const unfiled = await register({ name: '堰头垸道德评议会', kind: 'MORALITY_ASSOCIATION' });

      type Page = { totalCount: number; nodes: Org[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      const first = await step<Page>(UNFILED, { township: TOWNSHIP, first: 2 });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await step<Page>(UNFILED, { township: TOWNSHIP, first: 2, after: first.pageInfo.endCursor });
      const all = [...first.nodes, ...second.nodes];
      expect(all).toHaveLength(first.totalCount);
      expect(new Set(all.map((node) => node.id))).toEqual(new Set([pending.id, refused.id, unfiled.id]));
      expect(all.map((node) => node.filingStatus).sort()).toEqual(['PENDING', 'REFUSED', 'UNFILED']);

      const filtered = await step<{ nodes: { kind: string }[] }>(ORGS, { within: SECOND_VILLAGE, kind: 'SECURITY_PATROL' }, analyst);
      expect(filtered.nodes).toEqual([{ id: refused.id, kind: 'SECURITY_PATROL', filingStatus: 'REFUSED' }]);
      const region = await step<{ socialOrganizations: { totalCount: number } }>(REGION_ORGS, { code: SECOND_VILLAGE }, analyst);
      expect(region.socialOrganizations.totalCount).toBe(2);
    });
  });

  describe('failure: nothing written', () => {
    it.each([
      ['an empty name', { name: ' ', kind: 'OTHER', regionCode: VILLAGE, leaderName: '胡老' }, /name must be 1 to 80/],
      ['an empty leader', { name: '某会', kind: 'OTHER', regionCode: VILLAGE, leaderName: '' }, /leaderName/],
      ['a township instead of a village', { name: '某会', kind: 'OTHER', regionCode: TOWNSHIP, leaderName: '胡老' }, /not a village/],
      ['an unknown kind', { name: '某会', kind: 'CLAN', regionCode: VILLAGE, leaderName: '胡老' }, /CLAN/],
    ])('refuses to register %s with BAD_USER_INPUT', async (_case, input, message) => {
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, REGISTER, { input }, officer);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    });

    it('refuses a second organization of the same name in the village with CONFLICT', async () => {
      const before = await rows();
      const response = await graphqlRequest(subgraph.url, REGISTER, { input: { name: '堰头垸村红白理事会', kind: 'OTHER', regionCode: VILLAGE, leaderName: '胡老' } }, officer);
      expect(errorCodes(response)).toEqual(['CONFLICT']);
      expect(await rows()).toEqual(before);
    });

    it('refuses an analyst, a village cadre outside their village and another township with FORBIDDEN', async () => {
      const wideCadre = await identityHeaders(testCaller(['village-cadre'], TOWNSHIP));
      const before = await rows();
      const input = { name: '某会', kind: 'OTHER', regionCode: VILLAGE, leaderName: '胡老' };
      expect(errorCodes(await graphqlRequest(subgraph.url, REGISTER, { input }, analyst))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, REGISTER, { input }, wideCadre))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, REGISTER, { input: { ...input, regionCode: SECOND_VILLAGE } }, cadre))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, REGISTER, { input }, otherOfficer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, REGISTER, { input: { ...input, regionCode: OTHER_VILLAGE } }, officer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, SUBMIT, { id: filed }, otherOfficer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, DECIDE, { id: filed, decision: 'FILE' }, analyst))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await report({ organizationId: filed, title: '活动', activityDate: dayOffset(5) }, otherOfficer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, ORG, { id: filed }, otherOfficer))).toEqual(['NOT_FOUND']);
      expect(await rows()).toEqual(before);
    });

    it('refuses filing steps the status does not allow with CONFLICT', async () => {
      const organization = await register({ name: '堰头垸五老和谐会', kind: 'FIVE_ELDERS_SOCIETY' });
      const before = await rows();
      const decided = await graphqlRequest(subgraph.url, DECIDE, { id: organization.id, decision: 'FILE' }, officer);
      expect(errorCodes(decided)).toEqual(['CONFLICT']);
      expect(decided.errors![0].message).toMatch(/UNFILED cannot be filed: submit it for filing first/);
      const resubmitted = await graphqlRequest(subgraph.url, SUBMIT, { id: filed }, officer);
      expect(errorCodes(resubmitted)).toEqual(['CONFLICT']);
      expect(resubmitted.errors![0].message).toMatch(/already filed/);
      expect(await rows()).toEqual(before);
    });

    it('refuses a refusal without a reason (BAD_USER_INPUT) and an unknown organization (NOT_FOUND)', async () => {
      const organization = await register({ name: '堰头垸治安巡逻队', kind: 'SECURITY_PATROL' });
      await step(SUBMIT, { id: organization.id });
      const before = await rows();
      const refused = await graphqlRequest(subgraph.url, DECIDE, { id: organization.id, decision: 'REFUSE', reason: '  ' }, officer);
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].message).toMatch(/reason/);
      expect(errorCodes(await graphqlRequest(subgraph.url, SUBMIT, { id: randomUUID() }, officer))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await graphqlRequest(subgraph.url, SUBMIT, { id: 'org-1' }, officer))).toEqual(['BAD_USER_INPUT']);
      expect(await rows()).toEqual(before);
      expect((await subgraph.em().findOneOrFail(SocialOrganization, organization.id)).filingStatus).toBe('PENDING');
    });

    it('refuses an activity report of an organization that is not filed with CONFLICT, and bad input with BAD_USER_INPUT', async () => {
      const organization = await register({ name: '堰头垸其他协会', kind: 'OTHER' });
      const before = await rows();
      const unfiled = await report({ organizationId: organization.id, title: '聚餐', activityDate: dayOffset(5) });
      expect(errorCodes(unfiled)).toEqual(['CONFLICT']);
      expect(unfiled.errors![0].message).toMatch(/UNFILED, not filed 已备案/);
      expect(errorCodes(await report({ organizationId: filed, title: '', activityDate: dayOffset(5) }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await report({ organizationId: filed, title: '活动', activityDate: '2026-02-30' }))).toEqual(['BAD_USER_INPUT']);
      expect(await rows()).toEqual(before);
    });

    it('refuses a village code as township (BAD_USER_INPUT) and another township (FORBIDDEN) in the township lists', async () => {
      expect(errorCodes(await graphqlRequest(subgraph.url, UNFILED, { township: VILLAGE }, officer))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await graphqlRequest(subgraph.url, UNFILED, { township: OTHER_TOWNSHIP }, officer))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphqlRequest(subgraph.url, LATE, { township: OTHER_TOWNSHIP }, officer))).toEqual(['FORBIDDEN']);
    });
  });
});
