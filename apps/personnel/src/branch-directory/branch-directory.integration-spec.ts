import { RequestContext } from '@mikro-orm/postgresql';
import {
  type EventEnvelope,
  organizationCreated,
  type OrganizationCreatedV1,
  organizationDissolved,
  type OrganizationDissolvedV1,
  organizationMoved,
} from '@grassroots/contracts';
import { newId } from '@grassroots/kernel';
import { type EventHandler, InboxConsumer, type MessageBus } from '@grassroots/messaging';
import { bootTestSubgraph, type TestSubgraph } from '@grassroots/testing';
import { PersonnelAppModule } from '../app.module';
import { BranchDirectoryHandler } from './branch-directory.handler';
import { BranchDirectoryService } from './branch-directory.service';
import { KnownPartyOrganization } from './known-party-organization.entity';
import { knownBranch } from './testing/branch-fixtures';

// The handler applied as the inbox applies it (inside a transaction, without a broker), and the
// check the registration paths call.
const TOWNSHIP = '421181111'; // 黄土岗镇
const VILLAGE = '421181111229'; // 堰头垸村
const OTHER_VILLAGE = '421181111201'; // 严家畈村

describe(`${BranchDirectoryHandler.name} and ${BranchDirectoryService.name} (PostgreSQL)`, () => {
  let subgraph: TestSubgraph;
  let handlers: Record<string, EventHandler>;
  let directory: BranchDirectoryService;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('personnel', (config) => PersonnelAppModule.forRoot(config));
    handlers = subgraph.app.get(BranchDirectoryHandler).handlers();
    directory = subgraph.app.get(BranchDirectoryService);
  });
  afterAll(() => subgraph?.close());

  const apply = (envelope: EventEnvelope<unknown>) => subgraph.em().transactional((tx) => handlers[envelope.type](tx, envelope as EventEnvelope<never>));
  const create = (data: Partial<OrganizationCreatedV1> & Pick<OrganizationCreatedV1, 'kind' | 'regionCode'>): Promise<string> => knownBranch(subgraph, data.regionCode, data);
  const dissolve = (organizationId: string, regionCode: string, childrenHandling: OrganizationDissolvedV1['childrenHandling'], dissolvedAt = '2025-06-30') =>
    organizationDissolved.create(regionCode, { organizationId, regionCode, dissolvedAt, childrenHandling });
  const known = (id: string) => subgraph.em().findOne(KnownPartyOrganization, { id });
  const check = (branchId: string, villageCode: string = VILLAGE) => RequestContext.create(subgraph.orm.em, () => directory.assertBranchOfVillage(branchId, villageCode));
  const refusal = async (branchId: string, villageCode: string = VILLAGE): Promise<{ code: string; message: string }> => {
    const error = await check(branchId, villageCode).then(
      () => null,
      (thrown: { code: string; message: string }) => thrown,
    );
    if (!error) throw new Error(`${branchId} was accepted as a branch of ${villageCode}`);
    return { code: error.code, message: error.message };
  };

  describe('the handler', () => {
    it('records a created organization with its kind, form, region and parent', async () => {
      const committee = await create({ kind: 'COMMITTEE', regionCode: TOWNSHIP, name: '中共黄土岗镇委员会' });
      const branch = await create({ kind: 'BRANCH', regionCode: VILLAGE, parentId: committee.toUpperCase(), name: '中共堰头垸村支部委员会' });
      expect(await known(branch)).toMatchObject({ kind: 'BRANCH', form: 'STANDARD', regionCode: VILLAGE, parentId: committee, name: '中共堰头垸村支部委员会', dissolvedAt: null });
      await expect(check(branch)).resolves.toMatchObject({ id: branch });
    });

    it('moves an organization under another parent', async () => {
      const first = await create({ kind: 'GENERAL_BRANCH', regionCode: VILLAGE });
      const second = await create({ kind: 'GENERAL_BRANCH', regionCode: VILLAGE });
      const branch = await create({ kind: 'BRANCH', regionCode: VILLAGE, parentId: first });
      await apply(organizationMoved.create(VILLAGE, { organizationId: branch, regionCode: VILLAGE, fromParentId: first, toParentId: second }));
      expect((await known(branch))?.parentId).toBe(second);
      await apply(organizationMoved.create(VILLAGE, { organizationId: branch, regionCode: VILLAGE, fromParentId: second, toParentId: null }));
      expect((await known(branch))?.parentId).toBeNull();
    });

    it('dissolves the whole subtree when the children were dissolved with the organization, and nothing beside it', async () => {
      const top = await create({ kind: 'COMMITTEE', regionCode: VILLAGE });
      const branchA = await create({ kind: 'BRANCH', regionCode: VILLAGE, parentId: top });
      const branchB = await create({ kind: 'BRANCH', regionCode: VILLAGE, parentId: top });
      const group = await create({ kind: 'GROUP', form: 'VILLAGE_GROUP_GROUP', regionCode: `${VILLAGE}001`, parentId: branchA });
      const household = await create({ kind: 'GROUP', form: 'CENTRAL_HOUSEHOLD', regionCode: `${VILLAGE}001`, parentId: group });
      const neighbour = await create({ kind: 'BRANCH', regionCode: VILLAGE });
      await apply(dissolve(top, VILLAGE, 'DISSOLVED'));
      for (const id of [top, branchA, branchB, group, household]) expect((await known(id))?.dissolvedAt).toBe('2025-06-30');
      expect((await known(neighbour))?.dissolvedAt).toBeNull();
      // Organization's own event for each descendant comes later: it keeps the first date.
      await apply(dissolve(branchA, VILLAGE, 'DISSOLVED', '2025-07-15'));
      expect((await known(branchA))?.dissolvedAt).toBe('2025-06-30');
    });

    it('dissolves only the organization when its children were moved or it had none', async () => {
      const top = await create({ kind: 'GENERAL_BRANCH', regionCode: VILLAGE });
      const child = await create({ kind: 'BRANCH', regionCode: VILLAGE, parentId: top });
      await apply(dissolve(top, VILLAGE, 'MOVED'));
      expect((await known(top))?.dissolvedAt).toBe('2025-06-30');
      expect((await known(child))?.dissolvedAt).toBeNull();
    });

    it('applies a redelivered event once through the inbox, and a re-sent created event changes nothing', async () => {
      const inbox = new InboxConsumer({ em: subgraph.orm.em, bus: {} as MessageBus, group: 'personnel', topics: [], handlers });
      const organizationId = newId();
      const event = organizationCreated.create(VILLAGE, { organizationId, kind: 'BRANCH', form: 'GRID_BRANCH', regionCode: VILLAGE, parentId: null, name: '第一网格党支部' });
      expect(await inbox.apply(event)).toBe('applied');
      expect(await inbox.apply(event)).toBe('duplicate');
      const count = await subgraph.em().count(KnownPartyOrganization, {});
      await apply(organizationCreated.create(VILLAGE, { ...event.data }));
      expect(await subgraph.em().count(KnownPartyOrganization, {})).toBe(count);
      expect(await known(organizationId)).toMatchObject({ form: 'GRID_BRANCH', name: '第一网格党支部' });
    });

    it('skips, without failing, a move or dissolution of an unknown organization and an event with a malformed id', async () => {
      const before = await subgraph.em().count(KnownPartyOrganization, {});
      await expect(apply(organizationMoved.create(VILLAGE, { organizationId: newId(), regionCode: VILLAGE, fromParentId: null, toParentId: newId() }))).resolves.toBeUndefined();
      await expect(apply(dissolve(newId(), VILLAGE, 'NONE'))).resolves.toBeUndefined();
      await expect(apply(organizationCreated.create(VILLAGE, { organizationId: 'branch-1', kind: 'BRANCH', form: 'STANDARD', regionCode: VILLAGE, parentId: null, name: 'x' }))).resolves.toBeUndefined();
      expect(await subgraph.em().count(KnownPartyOrganization, {})).toBe(before);
    });
  });

  describe('assertBranchOfVillage', () => {
    it('accepts an active branch of the village in any form', async () => {
      const grid = await create({ kind: 'BRANCH', form: 'GRID_BRANCH', regionCode: VILLAGE });
      await expect(check(grid.toUpperCase())).resolves.toMatchObject({ id: grid, form: 'GRID_BRANCH' });
    });

    it('refuses an id personnel has not heard of: it may be too new', async () => {
      expect(await refusal(newId())).toEqual({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/is not known to personnel yet: organization publishes new branches within seconds; retry, or check the id/),
      });
    });

    it('refuses a branch of another village', async () => {
      const elsewhere = await create({ kind: 'BRANCH', regionCode: OTHER_VILLAGE });
      expect(await refusal(elsewhere)).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining(`branch ${elsewhere} is not a branch of village ${VILLAGE}`) });
    });

    it('refuses a committee, a general branch and a party group of the village', async () => {
      const committee = await create({ kind: 'COMMITTEE', form: 'COMMUNITY_BIG_COMMITTEE', regionCode: VILLAGE });
      const general = await create({ kind: 'GENERAL_BRANCH', regionCode: VILLAGE });
      const group = await create({ kind: 'GROUP', form: 'VILLAGE_GROUP_GROUP', regionCode: `${VILLAGE}002` });
      expect((await refusal(committee)).message).toMatch(/is a COMMITTEE 党委, not a branch 党支部/);
      expect((await refusal(general)).message).toMatch(/is a GENERAL_BRANCH 党总支, not a branch 党支部/);
      expect((await refusal(group)).message).toMatch(/is a GROUP 党小组, not a branch 党支部/);
    });

    it('refuses a dissolved branch', async () => {
      const branch = await create({ kind: 'BRANCH', regionCode: VILLAGE });
      await apply(dissolve(branch, VILLAGE, 'NONE', '2025-05-31'));
      expect(await refusal(branch)).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining('is dissolved (since 2025-05-31)') });
    });

    it('refuses an id that is not a uuid', async () => {
      expect(await refusal('branch-1')).toEqual({ code: 'BAD_USER_INPUT', message: 'branchId "branch-1" is not a valid id (UUID)' });
    });
  });
});
