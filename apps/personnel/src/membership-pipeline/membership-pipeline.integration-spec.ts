import { OutboxMessage } from '@grassroots/messaging';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { PartyMember } from '../party-member/party-member.entity';
import { SensitiveRead } from '../party-member/sensitive-read.entity';
import { knownBranch } from '../branch-directory/testing/branch-fixtures';
import {
  type Headers,
  newBranchId,
  nextIdNumber,
  OTHER_TOWNSHIP_VILLAGE,
  personnelCallers,
  SECOND_VILLAGE,
  registerMember,
  VILLAGE,
} from '../party-member/testing/party-member-fixtures';
import { testIdNumber } from '../party-member/testing/test-id-number';
import { PipelinePerson } from './pipeline-person.entity';
import { PipelineStageRecord } from './pipeline-stage-record.entity';

const PERSON_FIELDS = 'id name gender birthDate idNumber stage stageEnteredAt dueAt overdue memberId firstSponsorId secondSponsorId branchId region { code }';
const APPLY = `mutation Apply($input: ApplyForMembershipInput!) { applyForPartyMembership(input: $input) { ${PERSON_FIELDS} } }`;
const ADVANCE = `mutation Advance($input: AdvanceMembershipPipelineInput!) { advanceMembershipPipeline(input: $input) { ${PERSON_FIELDS} } }`;
const PERSON = `query Person($id: ID!) { pipelinePerson(id: $id) { ${PERSON_FIELDS}
  steps { totalCount nodes { fromStage stage enteredAt firstSponsorId secondSponsorId vote { eligible present inFavour against abstained } recordedBy } } } }`;
const OVERDUE = `query Overdue($within: RegionCode) { overdueMembershipPipeline(within: $within) { totalCount nodes { id stage dueAt overdue } } }`;
const BRANCH_PIPELINE = `query ($representations: [_Any!]!, $stage: PipelineStage, $overdueOnly: Boolean) {
  _entities(representations: $representations) { ... on PartyOrganization { id pipeline(stage: $stage, overdueOnly: $overdueOnly) { totalCount nodes { id name stage overdue } } } }
}`;
const TRANSFER = `mutation ($input: TransferPartyMemberInput!) { transferPartyMember(input: $input) { id branchId region { code } } }`;

type Person = { id: string; stage: string; stageEnteredAt: string; dueAt: string | null; overdue: boolean; memberId: string | null; idNumber: string };
const VOTE = { eligible: 21, present: 18, inFavour: 17, against: 1 };

describe('Membership pipeline 发展党员', () => {
  let subgraph: TestSubgraph;
  let callers: Awaited<ReturnType<typeof personnelCallers>>;
  let sponsors: string[];
  const branchId = newBranchId();

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    callers = await personnelCallers();
    await knownBranch(subgraph, VILLAGE, { organizationId: branchId });
    sponsors = [
      (await registerMember(subgraph, callers.officer, { name: '李明', branchId })).id,
      (await registerMember(subgraph, callers.officer, { name: '王强', branchId })).id,
    ];
  });
  afterAll(() => subgraph?.close());

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Headers = callers.officer) =>
    graphqlRequest<T>(subgraph.url, query, variables, headers);
  const rows = async () => {
    const em = subgraph.em();
    return {
      people: await em.count(PipelinePerson, {}),
      steps: await em.count(PipelineStageRecord, {}),
      members: await em.count(PartyMember, {}),
      events: await em.count(OutboxMessage, {}),
    };
  };
  const apply = async (input: Record<string, unknown> = {}, headers?: Headers) =>
    gql<{ applyForPartyMembership: Person }>(
      APPLY,
      { input: { name: '陈红', idNumber: nextIdNumber('1998-04-02'), regionCode: VILLAGE, branchId, appliedAt: '2022-03-01', ...input } },
      headers,
    );
  const advance = (personId: string, toStage: string, date: string, extra: Record<string, unknown> = {}, headers?: Headers) =>
    gql<{ advanceMembershipPipeline: Person }>(ADVANCE, { input: { personId, toStage, date, ...extra } }, headers);
  const ok = <T>(response: { data?: T | null; errors?: unknown }): T => {
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  /** An applicant walked to `stage` along valid dates (2022–2024). */
  async function personAt(stage: 'APPLICANT' | 'ACTIVIST' | 'CANDIDATE' | 'PROBATIONARY', probationFrom = '2023-10-01', input: Record<string, unknown> = {}): Promise<Person> {
    let person = ok(await apply(input)).applyForPartyMembership;
    const walk: [string, string, Record<string, unknown>][] = [
      ['ACTIVIST', '2022-06-01', {}],
      ['CANDIDATE', '2023-07-01', { sponsorIds: sponsors }],
      ['PROBATIONARY', probationFrom, { vote: VOTE }],
    ];
    for (const [to, date, extra] of walk) {
      if (person.stage === stage) break;
      person = ok(await advance(person.id, to, date, extra)).advanceMembershipPipeline;
    }
    return person;
  }

  describe('success', () => {
    it('enters an applicant with the stage row and a stage-changed event in one transaction', async () => {
      const before = await rows();
      const person = ok(await apply({ idNumber: testIdNumber('1998-04-02', '045') })).applyForPartyMembership;
      expect(person).toMatchObject({ stage: 'APPLICANT', stageEnteredAt: '2022-03-01', gender: 'MALE', birthDate: '1998-04-02', dueAt: null, overdue: false });
      expect(person.idNumber).toBe('421181********045' + testIdNumber('1998-04-02', '045').slice(-1));
      expect(await rows()).toEqual({ ...before, people: before.people + 1, steps: before.steps + 1, events: before.events + 1 });
      const event = await subgraph.em().findOneOrFail(OutboxMessage, { type: 'personnel.pipeline.stage-changed.v1' }, { orderBy: { seq: 'desc' } });
      expect(event.payload).toMatchObject({ subject: VILLAGE, data: { personId: person.id, fromStage: null, toStage: 'APPLICANT', changedAt: '2022-03-01', branchId } });
    });

    it('walks all five stages; probation registers the member, the full vote confirms it', async () => {
      const probationary = await personAt('PROBATIONARY');
      expect(probationary).toMatchObject({ stage: 'PROBATIONARY', dueAt: '2024-10-01', firstSponsorId: sponsors[0], secondSponsorId: sponsors[1] });
      const member = await subgraph.em().findOneOrFail(PartyMember, { id: probationary.memberId! });
      expect(member).toMatchObject({ status: 'PROBATIONARY', joinedAt: '2023-10-01', branchId, regionCode: VILLAGE });
      const joined = await subgraph.em().findOneOrFail(OutboxMessage, { type: 'personnel.member.joined.v1', key: VILLAGE }, { orderBy: { seq: 'desc' } });
      expect(joined.payload).toMatchObject({ data: { memberId: member.id, joinedAt: '2023-10-01', branchId, inVillage: true } });

      const before = await rows();
      const full = ok(await advance(probationary.id, 'FULL', '2024-10-08', { vote: { eligible: 22, present: 20, inFavour: 20, against: 0 } })).advanceMembershipPipeline;
      expect(full).toMatchObject({ stage: 'FULL', dueAt: null, overdue: false, memberId: member.id });
      expect(await rows()).toEqual({ ...before, steps: before.steps + 1, events: before.events + 1 });
      expect((await subgraph.em().findOneOrFail(PartyMember, { id: member.id })).status).toBe('FULL');

      const history = ok(await gql<{ pipelinePerson: { steps: { totalCount: number; nodes: { stage: string; vote: unknown; firstSponsorId: string | null }[] } } }>(PERSON, { id: full.id }));
      expect(history.pipelinePerson.steps.totalCount).toBe(5);
      expect(history.pipelinePerson.steps.nodes.map((step) => step.stage)).toEqual(['APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL']);
      expect(history.pipelinePerson.steps.nodes[3].vote).toEqual({ eligible: 21, present: 18, inFavour: 17, against: 1, abstained: 0 });
      expect(history.pipelinePerson.steps.nodes[4]).toMatchObject({ firstSponsorId: sponsors[0], vote: { abstained: 0 } });
    });

    it('lists the pipeline per branch through PartyOrganization, by stage', async () => {
      const otherBranch = await knownBranch(subgraph, VILLAGE);
      await apply({ branchId: otherBranch, name: '赵敏' });
      const response = ok(
        await gql<{ _entities: { id: string; pipeline: { totalCount: number; nodes: { stage: string }[] } }[] }>(BRANCH_PIPELINE, {
          representations: [branchId, otherBranch].map((id) => ({ __typename: 'PartyOrganization', id })),
          stage: 'APPLICANT',
        }),
      );
      expect(response._entities[1].pipeline).toMatchObject({ totalCount: 1, nodes: [{ stage: 'APPLICANT' }] });
      expect(response._entities[0].pipeline.totalCount).toBeGreaterThanOrEqual(1);
      expect(response._entities[0].pipeline.nodes.every((node) => node.stage === 'APPLICANT')).toBe(true);
    });

    it('reports probation past its year as overdue, and not once the member has left', async () => {
      const late = await personAt('PROBATIONARY', '2024-01-10');
      expect(late).toMatchObject({ dueAt: '2025-01-10', overdue: true });
      const overdue = ok(await gql<{ overdueMembershipPipeline: { nodes: { id: string }[] } }>(OVERDUE, { within: VILLAGE }));
      expect(overdue.overdueMembershipPipeline.nodes.map((node) => node.id)).toContain(late.id);

      const other = ok(await gql<{ overdueMembershipPipeline: { totalCount: number } }>(OVERDUE, {}, callers.otherOfficer));
      expect(other.overdueMembershipPipeline.totalCount).toBe(0);

      const cancel = `mutation ($input: RecordPartyMemberDepartureInput!) { recordPartyMemberDeparture(input: $input) { id leftReason } }`;
      ok(await gql(cancel, { input: { memberId: late.memberId, reason: 'PROBATION_CANCELLED', leftAt: '2025-03-01' } }));
      const after = ok(await gql<{ overdueMembershipPipeline: { nodes: { id: string }[] } }>(OVERDUE, { within: VILLAGE }));
      expect(after.overdueMembershipPipeline.nodes.map((node) => node.id)).not.toContain(late.id);
      expect(ok(await gql<{ pipelinePerson: Person }>(PERSON, { id: late.id })).pipelinePerson.overdue).toBe(false);
    });

    it('moves a probationary member’s pipeline record with a transfer to another township; the new branch holds the full-membership vote', async () => {
      const probationary = await personAt('PROBATIONARY', '2023-10-01', { name: '孙丽' });
      const newBranch = await knownBranch(subgraph, OTHER_TOWNSHIP_VILLAGE);
      const transfer = { memberId: probationary.memberId, toRegionCode: OTHER_TOWNSHIP_VILLAGE, toBranchId: newBranch, transferredAt: '2024-03-01' };
      ok(await gql(TRANSFER, { input: transfer }, callers.orgDept));
      const moved = await subgraph.em().findOneOrFail(PipelinePerson, { id: probationary.id });
      expect({ regionCode: moved.regionCode, branchId: moved.branchId, stage: moved.stage }).toEqual({ regionCode: OTHER_TOWNSHIP_VILLAGE, branchId: newBranch, stage: 'PROBATIONARY' });

      // The old township no longer sees the person; the new one does, in its branch's pipeline.
      expect(errorCodes(await gql(PERSON, { id: probationary.id }))).toEqual(['NOT_FOUND']);
      const branchList = ok(
        await gql<{ _entities: { pipeline: { nodes: { id: string }[] } }[] }>(
          BRANCH_PIPELINE,
          { representations: [{ __typename: 'PartyOrganization', id: newBranch }] },
          callers.otherOfficer,
        ),
      );
      expect(branchList._entities[0].pipeline.nodes.map((node) => node.id)).toEqual([probationary.id]);

      // The new branch votes; the sponsors (members of the old village) carry over from admission.
      const before = await rows();
      const full = ok(await advance(probationary.id, 'FULL', '2024-10-08', { vote: VOTE }, callers.otherOfficer)).advanceMembershipPipeline;
      expect(full).toMatchObject({ stage: 'FULL', branchId: newBranch, region: { code: OTHER_TOWNSHIP_VILLAGE }, firstSponsorId: sponsors[0], secondSponsorId: sponsors[1] });
      expect(await rows()).toEqual({ ...before, steps: before.steps + 1, events: before.events + 1 });
      const member = await subgraph.em().findOneOrFail(PartyMember, { id: probationary.memberId! });
      expect({ status: member.status, regionCode: member.regionCode, branchId: member.branchId }).toEqual({ status: 'FULL', regionCode: OTHER_TOWNSHIP_VILLAGE, branchId: newBranch });
      const event = await subgraph.em().findOneOrFail(OutboxMessage, { type: 'personnel.pipeline.stage-changed.v1' }, { orderBy: { seq: 'desc' } });
      expect(event.payload).toMatchObject({ subject: OTHER_TOWNSHIP_VILLAGE, data: { personId: probationary.id, branchId: newBranch, fromStage: 'PROBATIONARY', toStage: 'FULL' } });
    });

    it('lists only the overdue of each branch with PartyOrganization.pipeline(overdueOnly: true)', async () => {
      const [overdueBranch, onTimeBranch] = [await knownBranch(subgraph, VILLAGE), await knownBranch(subgraph, VILLAGE)];
      const recently = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
      const late = await personAt('PROBATIONARY', '2024-02-01', { branchId: overdueBranch, name: '甲-逾期' });
      await personAt('PROBATIONARY', recently, { branchId: overdueBranch, name: '乙-未到期' });
      await personAt('APPLICANT', undefined, { branchId: overdueBranch, name: '丙-申请人' });
      const gone = await personAt('PROBATIONARY', '2024-02-01', { branchId: overdueBranch, name: '丁-已取消' });
      ok(await gql(`mutation ($input: RecordPartyMemberDepartureInput!) { recordPartyMemberDeparture(input: $input) { id } }`, {
        input: { memberId: gone.memberId, reason: 'PROBATION_CANCELLED', leftAt: '2025-03-01' },
      }));
      await personAt('PROBATIONARY', recently, { branchId: onTimeBranch, name: '戊-未到期' });

      type Listed = { _entities: { id: string; pipeline: { totalCount: number; nodes: { id: string; name: string; overdue: boolean }[] } }[] };
      const representations = [overdueBranch, onTimeBranch].map((id) => ({ __typename: 'PartyOrganization', id }));
      const overdue = ok(await gql<Listed>(BRANCH_PIPELINE, { representations, overdueOnly: true }));
      expect(overdue._entities.map((entity) => entity.pipeline)).toEqual([
        { totalCount: 1, nodes: [{ id: late.id, name: '甲-逾期', stage: 'PROBATIONARY', overdue: true }] },
        { totalCount: 0, nodes: [] },
      ]);
      const all = ok(await gql<Listed>(BRANCH_PIPELINE, { representations }));
      expect(all._entities.map((entity) => entity.pipeline.totalCount)).toEqual([4, 1]);
      const otherTownship = ok(await gql<Listed>(BRANCH_PIPELINE, { representations, overdueOnly: true }, callers.otherOfficer));
      expect(otherTownship._entities.map((entity) => entity.pipeline.totalCount)).toEqual([0, 0]);
    });

    it('shows the ID number to the organization department and records the read; masked for the others', async () => {
      const idNumber = nextIdNumber('1999-09-09');
      const person = ok(await apply({ idNumber })).applyForPartyMembership;
      const reads = () => subgraph.em().count(SensitiveRead, { subjectId: person.id });
      expect(person.idNumber).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
      expect(await reads()).toBe(0);
      const seen = ok(await gql<{ pipelinePerson: Person }>(PERSON, { id: person.id }, callers.orgDept));
      expect(seen.pipelinePerson.idNumber).toBe(idNumber);
      expect(await subgraph.em().find(SensitiveRead, { subjectId: person.id })).toEqual([
        expect.objectContaining({ subjectType: 'PIPELINE_PERSON', field: 'ID_NUMBER', readerSubject: 'org-dept-user', regionCode: VILLAGE }),
      ]);
      const masked = ok(await gql<{ pipelinePerson: Person }>(PERSON, { id: person.id }, callers.analyst));
      expect(masked.pipelinePerson.idNumber).toContain('********');
      expect(await reads()).toBe(1);
    });
  });

  describe('personal data by role: names, birth dates and notes masked for analysts only', () => {
    const PERSONAL = `query ($id: ID!) { pipelinePerson(id: $id) { name birthDate gender steps { nodes { stage note } } } }`;
    const LISTS = `query ($representations: [_Any!]!) {
      membershipPipeline(within: "${VILLAGE}", first: 100) { nodes { id name birthDate } }
      overdueMembershipPipeline(within: "${VILLAGE}", first: 100) { nodes { id name birthDate } }
      _entities(representations: $representations) { ... on PartyOrganization { pipeline(first: 100) { nodes { id name birthDate } } } } }`;
    const recorded = {
      name: '欧阳晓红',
      birthDate: '1996-06-16',
      gender: 'FEMALE',
      steps: { nodes: [{ stage: 'APPLICANT', note: '本人书面申请' }, { stage: 'ACTIVIST', note: '支委会确定' }, { stage: 'CANDIDATE', note: null }, { stage: 'PROBATIONARY', note: null }] },
    };
    let person: Person;

    beforeAll(async () => {
      person = ok(await apply({ name: recorded.name, idNumber: testIdNumber(recorded.birthDate, '062'), note: '本人书面申请' })).applyForPartyMembership;
      ok(await advance(person.id, 'ACTIVIST', '2022-06-01', { note: '支委会确定' }));
      ok(await advance(person.id, 'CANDIDATE', '2023-07-01', { sponsorIds: sponsors }));
      ok(await advance(person.id, 'PROBATIONARY', '2023-10-01', { vote: VOTE }));
    });

    it.each([
      ['organization-dept', 'orgDept'],
      ['discipline (reads all)', 'discipline'],
      ['township-officer (its own township)', 'officer'],
    ] as const)('shows %s the person and the step notes as recorded', async (_role, caller) => {
      expect(ok(await gql<{ pipelinePerson: unknown }>(PERSONAL, { id: person.id }, callers[caller])).pipelinePerson).toEqual(recorded);
    });

    it.each([
      ['an analyst', ['analyst']],
      ['an analyst who also holds organization-dept', ['analyst', 'organization-dept']],
    ] as const)('masks for %s: 欧***, no birth date, *** for every note', async (_case, roles) => {
      const headers = await identityHeaders(testCaller([...roles], '421181'));
      expect(ok(await gql<{ pipelinePerson: unknown }>(PERSONAL, { id: person.id }, headers)).pipelinePerson).toEqual({
        ...recorded,
        name: '欧***',
        birthDate: null,
        steps: { nodes: recorded.steps.nodes.map((step) => ({ ...step, note: step.note === null ? null : '***' })) },
      });
    });

    it('masks names and birth dates in every list an analyst reads', async () => {
      type Node = { id: string; name: string; birthDate: string | null };
      type Lists = { membershipPipeline: { nodes: Node[] }; overdueMembershipPipeline: { nodes: Node[] }; _entities: { pipeline: { nodes: Node[] } }[] };
      const read = async (headers: Headers) => {
        const lists = ok(await gql<Lists>(LISTS, { representations: [{ __typename: 'PartyOrganization', id: branchId }] }, headers));
        return [lists.membershipPipeline.nodes, lists.overdueMembershipPipeline.nodes, lists._entities[0].pipeline.nodes].map((nodes) =>
          nodes.find((node) => node.id === person.id),
        );
      };
      expect(await read(callers.analyst)).toEqual([0, 1, 2].map(() => ({ id: person.id, name: '欧***', birthDate: null })));
      expect(await read(callers.officer)).toEqual([0, 1, 2].map(() => ({ id: person.id, name: recorded.name, birthDate: recorded.birthDate })));
    });
  });

  describe('failure: nothing written', () => {
    const refused = async (run: () => Promise<{ errors?: unknown }>, code: string, message?: RegExp) => {
      const before = await rows();
      const response = (await run()) as Parameters<typeof errorCodes>[0];
      expect(errorCodes(response)).toEqual([code]);
      if (message) expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    };

    it.each([
      ['a wrong check character', { idNumber: '421181199804020019' }, /check character/],
      ['an impossible birth date in the ID number', { idNumber: '421181199802300011' }, /not a real past date/],
      ['an applicant under 18', { idNumber: testIdNumber('2008-12-01', '013'), appliedAt: '2026-11-01' }, /must be 18/],
      ['a gender contradicting the ID number', { idNumber: testIdNumber('1990-01-01', '013'), gender: 'FEMALE' }, /gender/],
      ['a missing branch id', { branchId: 'branch-1' }, /branchId/],
      ['a future application date', { appliedAt: '2030-01-01' }, /future/],
    ])('refuses an application with %s (BAD_USER_INPUT)', async (_case, input, message) => {
      await refused(() => apply(input), 'BAD_USER_INPUT', message);
    });

    it('refuses an applicant already in the pipeline (CONFLICT)', async () => {
      const idNumber = nextIdNumber('1995-01-01');
      ok(await apply({ idNumber }));
      await refused(() => apply({ idNumber, name: '重复' }), 'CONFLICT', /already in the membership pipeline/);
    });

    it('refuses an applicant who is already a party member (CONFLICT)', async () => {
      const idNumber = nextIdNumber('1988-08-08');
      await registerMember(subgraph, callers.officer, { name: '已是党员', idNumber });
      await refused(() => apply({ idNumber }), 'CONFLICT', /already a party member/);
    });

    it('refuses an analyst (FORBIDDEN) and a village of another township (FORBIDDEN)', async () => {
      await refused(() => apply({}, callers.analyst), 'FORBIDDEN');
      await refused(() => apply({ regionCode: OTHER_TOWNSHIP_VILLAGE }), 'FORBIDDEN');
    });

    it('refuses a skipped stage (CONFLICT)', async () => {
      const person = await personAt('APPLICANT');
      await refused(() => advance(person.id, 'CANDIDATE', '2024-01-01', { sponsorIds: sponsors }), 'CONFLICT', /next stage is ACTIVIST/);
      await refused(() => advance(person.id, 'FULL', '2025-01-01', { sponsorIds: sponsors, vote: VOTE }), 'CONFLICT', /cannot be skipped/);
    });

    it('refuses a candidate less than a year after becoming an activist (CONFLICT)', async () => {
      const person = await personAt('ACTIVIST');
      await refused(() => advance(person.id, 'CANDIDATE', '2023-05-31', { sponsorIds: sponsors }), 'CONFLICT', /not before 2023-06-01/);
    });

    it('refuses a candidate without two sponsors, or with a sponsor who is not a full member (BAD_USER_INPUT)', async () => {
      const person = await personAt('ACTIVIST');
      await refused(() => advance(person.id, 'CANDIDATE', '2023-07-01', { sponsorIds: [sponsors[0]] }), 'BAD_USER_INPUT', /exactly two sponsors/);
      await refused(() => advance(person.id, 'CANDIDATE', '2023-07-01', { sponsorIds: [sponsors[0], newBranchId()] }), 'BAD_USER_INPUT', /not a current full party member/);
    });

    it('refuses admission when the branch vote did not pass (CONFLICT) or is missing (BAD_USER_INPUT)', async () => {
      const person = await personAt('CANDIDATE');
      await refused(() => advance(person.id, 'PROBATIONARY', '2023-10-01', { vote: { eligible: 21, present: 18, inFavour: 10, against: 8 } }), 'CONFLICT', /did not pass/);
      await refused(() => advance(person.id, 'PROBATIONARY', '2023-10-01'), 'BAD_USER_INPUT', /vote/);
    });

    it('refuses the full-membership vote before a year of probation (CONFLICT)', async () => {
      const person = await personAt('PROBATIONARY');
      await refused(() => advance(person.id, 'FULL', '2024-09-30', { vote: VOTE }), 'CONFLICT', /not before 2024-10-01/);
    });

    it('hides a person from another township on reads (NOT_FOUND), refuses it a step (FORBIDDEN) and refuses an analyst (FORBIDDEN)', async () => {
      const person = await personAt('APPLICANT');
      expect(errorCodes(await gql(PERSON, { id: person.id }, callers.otherOfficer))).toEqual(['NOT_FOUND']);
      await refused(() => advance(person.id, 'ACTIVIST', '2022-06-01', {}, callers.otherOfficer), 'FORBIDDEN', /outside your region scope/);
      await refused(() => advance(person.id, 'ACTIVIST', '2022-06-01', {}, callers.analyst), 'FORBIDDEN');
      await refused(() => advance('00000000-0000-4000-8000-000000000000', 'ACTIVIST', '2022-06-01'), 'NOT_FOUND');
    });

    it('refuses to transfer a probationary member without a receiving branch (BAD_USER_INPUT): the pipeline needs one for the vote', async () => {
      const person = await personAt('PROBATIONARY');
      await refused(
        () => gql(TRANSFER, { input: { memberId: person.memberId, toRegionCode: SECOND_VILLAGE, transferredAt: '2024-03-01' } }),
        'BAD_USER_INPUT',
        /toBranchId/,
      );
      const [record, member] = await Promise.all([
        subgraph.em().findOneOrFail(PipelinePerson, { id: person.id }),
        subgraph.em().findOneOrFail(PartyMember, { id: person.memberId! }),
      ]);
      expect([record.regionCode, record.branchId, member.regionCode, member.branchId]).toEqual([VILLAGE, branchId, VILLAGE, branchId]);
    });
  });
});
