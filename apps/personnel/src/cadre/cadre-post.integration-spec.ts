import { OutboxMessage } from '@grassroots/messaging';
import { bootTestSubgraph, errorCodes, graphqlRequest, identityHeaders, testCaller, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { registerMember } from '../party-member/testing/party-member-fixtures';
import { CadrePost, CadrePostChange } from './cadre-post.entity';
import { Cadre } from './cadre.entity';
import { QualificationReview } from './qualification-review.entity';
import {
  APPOINT_CADRE,
  cadreFixtures,
  END_CADRE_POST,
  type Headers,
  OTHER_TOWNSHIP,
  OTHER_TOWNSHIP_VILLAGE,
  RECORD_REVIEW,
  REGISTER_CADRE,
  TOWNSHIP,
  VILLAGE,
} from './testing/cadre-fixtures';

const CADRE = `query Cadre($id: ID!) {
  cadre(id: $id) { id name birthDate memberId holdsBothPosts activePosts { post active } posts { totalCount edges { node { post active leftReason } } } }
}`;
const CADRES = `query Cadres($within: RegionCode, $post: CadrePostKind, $activeOnly: Boolean, $first: Int, $after: String) {
  cadres(within: $within, post: $post, activeOnly: $activeOnly, first: $first, after: $after) {
    totalCount edges { node { id name birthDate } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('Cadre posts: registration, qualification review, appointment and leaving office', () => {
  let subgraph: TestSubgraph;
  let officer: Headers;
  let orgDept: Headers;
  let fixtures: ReturnType<typeof cadreFixtures>;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    officer = await identityHeaders(testCaller(['township-officer'], TOWNSHIP));
    orgDept = await identityHeaders(testCaller(['organization-dept'], '421181'));
    fixtures = cadreFixtures(subgraph, officer);
  });
  afterAll(() => subgraph?.close());

  const rows = async () => {
    const em = subgraph.em();
    return {
      cadres: await em.count(Cadre, {}),
      posts: await em.count(CadrePost, {}),
      activePosts: await em.count(CadrePost, { leftAt: null }),
      changes: await em.count(CadrePostChange, {}),
      reviews: await em.count(QualificationReview, {}),
      events: await em.count(OutboxMessage, {}),
    };
  };
  const latestEvent = (type: string) => subgraph.em().findOneOrFail(OutboxMessage, { type }, { orderBy: { seq: 'desc' } });
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Headers = officer) =>
    graphqlRequest<T>(subgraph.url, query, variables, headers);

  describe('success', () => {
    it('registers a cadre in a village of the township', async () => {
      const { id: memberId } = await registerMember(subgraph, officer, { name: '张建国', regionCode: VILLAGE });
      const before = await rows();
      const response = await gql<{ registerCadre: Record<string, unknown> }>(REGISTER_CADRE, {
        input: { name: '张建国', gender: 'MALE', birthDate: '1978-05-20', education: 'JUNIOR_COLLEGE', regionCode: VILLAGE, memberId },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.registerCadre).toMatchObject({ name: '张建国', birthDate: '1978-05-20', education: 'JUNIOR_COLLEGE', memberId, region: { code: VILLAGE } });
      expect(await rows()).toEqual({ ...before, cadres: before.cadres + 1 });
    });

    it('appoints after a passed review, publishes cadre appointed, and sees 一肩挑 once the secretary also chairs', async () => {
      const cadreId = await fixtures.register('李书记');
      await fixtures.pass(cadreId);
      const before = await rows();

      const secretary = await gql<{ appointCadre: Record<string, unknown> }>(APPOINT_CADRE, { input: { cadreId, post: 'SECRETARY', electedOn: '2021-10-15' } });
      expect(secretary.errors).toBeUndefined();
      expect(secretary.data!.appointCadre).toMatchObject({
        post: 'SECRETARY',
        termStart: '2021-10-15',
        termEnd: '2026-10-15',
        leftAt: null,
        active: true,
        region: { code: VILLAGE },
        cadre: { id: cadreId, holdsBothPosts: false },
      });
      expect(await rows()).toEqual({ ...before, posts: before.posts + 1, activePosts: before.activePosts + 1, changes: before.changes + 1, events: before.events + 1 });
      const appointed = await latestEvent('personnel.cadre.appointed.v1');
      expect(appointed.key).toBe(VILLAGE);
      expect(appointed.payload).toMatchObject({
        subject: VILLAGE,
        data: { cadreId, name: '李书记', regionCode: VILLAGE, office: 'SECRETARY', holdsBothPosts: false, termStart: '2021-10-15' },
      });

      const chair = await gql<{ appointCadre: { cadre: { holdsBothPosts: boolean } } }>(APPOINT_CADRE, {
        input: { cadreId, post: 'COMMITTEE_CHAIR', electedOn: '2021-10-20' },
      });
      expect(chair.errors).toBeUndefined();
      expect(chair.data!.appointCadre.cadre.holdsBothPosts).toBe(true);
      expect((await latestEvent('personnel.cadre.appointed.v1')).payload).toMatchObject({ data: { office: 'COMMITTEE_CHAIR', holdsBothPosts: true } });

      const read = await gql<{ cadre: { holdsBothPosts: boolean; activePosts: { post: string }[] } }>(CADRE, { id: cadreId });
      expect(read.data!.cadre.holdsBothPosts).toBe(true);
      expect(read.data!.cadre.activePosts.map((post) => post.post).sort()).toEqual(['COMMITTEE_CHAIR', 'SECRETARY']);
    });

    it('ends a post with the reason, publishes cadre left office, and frees the post for a successor', async () => {
      const { cadreId, postId } = await fixtures.serving('王主任', 'COMMITTEE_DEPUTY');
      const before = await rows();
      const response = await gql<{ endCadrePost: Record<string, unknown> }>(END_CADRE_POST, { postId, leftAt: '2024-06-30', reason: 'RESIGNED', note: '因病辞职' });
      expect(response.errors).toBeUndefined();
      expect(response.data!.endCadrePost).toEqual({ id: postId, post: 'COMMITTEE_DEPUTY', termStart: '2021-10-15', leftAt: '2024-06-30', leftReason: 'RESIGNED', active: false });
      expect(await rows()).toEqual({ ...before, activePosts: before.activePosts - 1, changes: before.changes + 1, events: before.events + 1 });
      const left = await latestEvent('personnel.cadre.left-office.v1');
      expect(left.key).toBe(VILLAGE);
      expect(left.payload).toMatchObject({
        subject: VILLAGE,
        data: { cadreId, name: '王主任', regionCode: VILLAGE, office: 'COMMITTEE_DEPUTY', termStart: '2021-10-15', leftAt: '2024-06-30', reason: 'RESIGNED' },
      });
      const changes = await subgraph.em().find(CadrePostChange, { post: postId }, { orderBy: { changedAt: 'asc' } });
      expect(changes.map((change) => [change.fromStatus, change.toStatus])).toEqual([
        [null, 'ACTIVE'],
        ['ACTIVE', 'LEFT'],
      ]);
      expect(changes[1]).toMatchObject({ changedBy: 'test-user', note: '因病辞职' });

      const successor = await fixtures.register('赵继任');
      await fixtures.pass(successor, '2024-07-01');
      const appointed = await gql(APPOINT_CADRE, { input: { cadreId: successor, post: 'COMMITTEE_DEPUTY', electedOn: '2024-07-10' } });
      expect(appointed.errors).toBeUndefined();
    });

    it('lists cadres by post and activity, pages them, and masks them for an analyst', async () => {
      type Page = { cadres: { totalCount: number; edges: { node: { id: string; name: string; birthDate: string | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const secretaries = await gql<Page>(CADRES, { post: 'SECRETARY' });
      expect(secretaries.data!.cadres.edges.map((edge) => edge.node.name)).toEqual(['李书记']);
      const everyone = await gql<Page>(CADRES, { activeOnly: false, first: 2 });
      expect(everyone.data!.cadres.totalCount).toBe(4); // 张建国, 李书记, 王主任, 赵继任
      const next = await gql<Page>(CADRES, { activeOnly: false, first: 2, after: everyone.data!.cadres.pageInfo.endCursor });
      const ids = [...everyone.data!.cadres.edges, ...next.data!.cadres.edges].map((edge) => edge.node.id);
      expect(new Set(ids).size).toBe(4);
      const serving = await gql<Page>(CADRES, {});
      expect(serving.data!.cadres.edges.map((edge) => edge.node.name)).not.toContain('张建国');

      const analyst = await identityHeaders(testCaller(['analyst'], '421181'));
      const masked = await gql<Page>(CADRES, { post: 'SECRETARY' }, analyst);
      expect(masked.data!.cadres.edges[0].node).toMatchObject({ name: '李**', birthDate: null });
    });

    it('refuses one of two concurrent secretary appointments with CONFLICT (unique index backstop)', async () => {
      const village = '421181111202';
      const first = await fixtures.register('甲', { regionCode: village });
      const second = await fixtures.register('乙', { regionCode: village });
      await fixtures.pass(first);
      await fixtures.pass(second);
      const results = await Promise.all(
        [first, second].map((cadreId) => gql(APPOINT_CADRE, { input: { cadreId, post: 'SECRETARY', electedOn: '2021-10-15' } })),
      );
      expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      expect(await subgraph.em().count(CadrePost, { regionCode: village, post: 'SECRETARY', leftAt: null })).toBe(1);
    });
  });

  describe('failure: nothing written', () => {
    const expectRefused = async (query: string, variables: Record<string, unknown>, code: string, message?: RegExp, headers: Headers = officer) => {
      const before = await rows();
      const response = await gql(query, variables, headers);
      expect(errorCodes(response)).toEqual([code]);
      if (message) expect(response.errors![0].message).toMatch(message);
      expect(await rows()).toEqual(before);
    };
    const person = { name: '刘强', gender: 'MALE', birthDate: '1985-01-01', education: 'HIGH_SCHOOL', regionCode: VILLAGE };

    it.each([
      ['an empty name', { ...person, name: ' ' }, /name/],
      ['a township instead of a village', { ...person, regionCode: TOWNSHIP }, /not a village/],
      ['a birth date in the future', { ...person, birthDate: '2999-01-01' }, /future/],
      ['a person under 18', { ...person, birthDate: '2015-01-01' }, /at least 18/],
      ['a malformed member id', { ...person, memberId: 'member-1' }, /memberId/],
      ['an unknown education', { ...person, education: 'PHD' }, /Education/],
    ])('refuses to register %s with BAD_USER_INPUT', async (_case, input, message) => {
      await expectRefused(REGISTER_CADRE, { input }, 'BAD_USER_INPUT', message);
    });

    it.each([
      ['an analyst', ['analyst'], '421181'],
      ['a grid worker', ['grid-worker'], TOWNSHIP],
      ['a township officer scoped to the whole county', ['township-officer'], '421181'],
    ] as const)('refuses %s with FORBIDDEN', async (_case, roles, scope) => {
      await expectRefused(REGISTER_CADRE, { input: person }, 'FORBIDDEN', undefined, await identityHeaders(testCaller([...roles], scope)));
    });

    it('refuses a village of another township with FORBIDDEN', async () => {
      await expectRefused(REGISTER_CADRE, { input: { ...person, regionCode: OTHER_TOWNSHIP_VILLAGE } }, 'FORBIDDEN');
    });

    it('refuses a member id of another village (BAD_USER_INPUT), of nobody recorded (NOT_FOUND), of a member who left (BAD_USER_INPUT)', async () => {
      const elsewhere = await registerMember(subgraph, officer, { name: '刘强', regionCode: '421181111201' });
      await expectRefused(REGISTER_CADRE, { input: { ...person, memberId: elsewhere.id } }, 'BAD_USER_INPUT', /is a member of village 421181111201/);
      await expectRefused(REGISTER_CADRE, { input: { ...person, memberId: '6f1c2b9e-1d2a-4c6b-9a0e-2f3d4c5b6a7e' } }, 'NOT_FOUND');
      const departed = await registerMember(subgraph, officer, { name: '刘强', regionCode: VILLAGE });
      await subgraph.em().getConnection().execute(`update party_member set left_at = '2024-01-01', left_reason = 'DIED' where id = ?`, [departed.id]);
      await expectRefused(REGISTER_CADRE, { input: { ...person, memberId: departed.id } }, 'BAD_USER_INPUT', /left on 2024-01-01/);
    });

    it('refuses a FAILED review without reasons, and a review of an unknown or foreign cadre', async () => {
      const cadreId = await fixtures.register('审查对象');
      await expectRefused(RECORD_REVIEW, { input: { cadreId, reviewedOn: '2021-09-01', result: 'FAILED', reasons: [] } }, 'BAD_USER_INPUT', /reasons/);
      await expectRefused(RECORD_REVIEW, { input: { cadreId: 'x', reviewedOn: '2021-09-01', result: 'PASSED' } }, 'BAD_USER_INPUT', /cadreId/);
      await expectRefused(RECORD_REVIEW, { input: { cadreId: '00000000-0000-4000-8000-000000000000', reviewedOn: '2021-09-01', result: 'PASSED' } }, 'NOT_FOUND');
      const foreign = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
      await expectRefused(RECORD_REVIEW, { input: { cadreId, reviewedOn: '2021-09-01', result: 'PASSED' } }, 'FORBIDDEN', /outside your region scope/, foreign);
    });

    it('refuses an appointment without a passed review, or after a failed one, with CONFLICT', async () => {
      const cadreId = await fixtures.register('未审查');
      await expectRefused(APPOINT_CADRE, { input: { cadreId, post: 'COMMITTEE_MEMBER', electedOn: '2021-10-15' } }, 'CONFLICT', /no qualification review/);
      await fixtures.pass(cadreId, '2021-09-01');
      await fixtures.call(RECORD_REVIEW, { input: { cadreId, reviewedOn: '2021-10-01', result: 'FAILED', reasons: ['受过刑事处罚'] } });
      await expectRefused(APPOINT_CADRE, { input: { cadreId, post: 'COMMITTEE_MEMBER', electedOn: '2021-10-15' } }, 'CONFLICT', /FAILED/);
    });

    it('refuses a second active secretary of a village, and the same post twice, with CONFLICT', async () => {
      const rival = await fixtures.register('另一书记');
      await fixtures.pass(rival);
      await expectRefused(APPOINT_CADRE, { input: { cadreId: rival, post: 'SECRETARY', electedOn: '2021-10-15' } }, 'CONFLICT', /already has an active SECRETARY/);
      const { cadreId } = await fixtures.serving('委员甲', 'COMMITTEE_MEMBER');
      await expectRefused(APPOINT_CADRE, { input: { cadreId, post: 'COMMITTEE_MEMBER', electedOn: '2021-10-15' } }, 'CONFLICT', /already holds/);
    });

    it('refuses an election date in the future with BAD_USER_INPUT, an analyst and another township with FORBIDDEN', async () => {
      const cadreId = await fixtures.register('候选人');
      await fixtures.pass(cadreId);
      const input = { cadreId, post: 'COMMITTEE_MEMBER', electedOn: '2021-10-15' };
      await expectRefused(APPOINT_CADRE, { input: { ...input, electedOn: '2999-01-01' } }, 'BAD_USER_INPUT', /future/);
      await expectRefused(APPOINT_CADRE, { input }, 'FORBIDDEN', undefined, await identityHeaders(testCaller(['analyst'], '421181')));
      await expectRefused(APPOINT_CADRE, { input }, 'FORBIDDEN', undefined, await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP)));
      await expectRefused(APPOINT_CADRE, { input: { ...input, post: 'MAYOR' } }, 'BAD_USER_INPUT');
    });

    it('refuses to end a post twice (CONFLICT), before its term (BAD_USER_INPUT), or in another township (FORBIDDEN)', async () => {
      const { postId } = await fixtures.serving('离任者', 'BRANCH_COMMITTEE_MEMBER');
      await expectRefused(END_CADRE_POST, { postId, leftAt: '2020-01-01', reason: 'RESIGNED' }, 'BAD_USER_INPUT', /before the term/);
      await expectRefused(END_CADRE_POST, { postId, leftAt: '2999-01-01', reason: 'RESIGNED' }, 'BAD_USER_INPUT', /future/);
      await expectRefused(END_CADRE_POST, { postId, leftAt: '2024-01-01', reason: 'RESIGNED' }, 'FORBIDDEN', undefined, await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP)));
      await expectRefused(END_CADRE_POST, { postId: '00000000-0000-4000-8000-000000000000', leftAt: '2024-01-01', reason: 'RESIGNED' }, 'NOT_FOUND');
      expect(errorCodes(await gql(END_CADRE_POST, { postId, leftAt: '2024-01-01', reason: 'TERM_ENDED' }, orgDept))).toEqual([]);
      await expectRefused(END_CADRE_POST, { postId, leftAt: '2024-02-01', reason: 'RESIGNED' }, 'CONFLICT', /already ended/);
    });

    it('does not show cadres to another township (NOT_FOUND on read)', async () => {
      const cadreId = await fixtures.register('本镇干部');
      const foreign = await identityHeaders(testCaller(['township-officer'], OTHER_TOWNSHIP));
      expect(errorCodes(await gql(CADRE, { id: cadreId }, foreign))).toEqual(['NOT_FOUND']);
      const list = await gql<{ cadres: { totalCount: number } }>(CADRES, { activeOnly: false }, foreign);
      expect(list.data!.cadres.totalCount).toBe(0);
    });
  });
});
