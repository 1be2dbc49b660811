import { memberJoined, type MemberJoinedV1, memberLeft, type MemberLeftV1, memberTransferred, type MemberTransferredV1 } from '@grassroots/contracts';
import { newId } from '@grassroots/kernel';
import { type EventHandler } from '@grassroots/messaging';
import { bootTestSubgraph, type TestSubgraph } from '@grassroots/testing';
import { OrganizationAppModule } from '../app.module';
import { PartyOrganization } from '../party-organization/party-organization.entity';
import { Region } from '../region/region.entity';
import { MembershipTallyHandler } from './membership-tally.handler';

// The handler is applied as the inbox applies it: inside a transaction, without a broker.
const VILLAGE = '421181111229'; // 堰头垸村
const OTHER_VILLAGE = '421181111201'; // 严家畈村

describe(`${MembershipTallyHandler.name} (PostgreSQL)`, () => {
  let subgraph: TestSubgraph;
  let handlers: Record<string, EventHandler>;
  let branch: string;
  let otherBranch: string;

  beforeAll(async () => {
    subgraph = await bootTestSubgraph('organization', (config) => OrganizationAppModule.forRoot(config));
    handlers = subgraph.app.get(MembershipTallyHandler).handlers();
    const em = subgraph.em();
    const first = new PartyOrganization('中共堰头垸村支部委员会', 'BRANCH', VILLAGE, null, '1998-07-01');
    const second = new PartyOrganization('中共严家畈村支部委员会', 'BRANCH', OTHER_VILLAGE, null, '1998-07-01');
    await em.persist([first, second]).flush();
    branch = first.id;
    otherBranch = second.id;
  });
  afterAll(() => subgraph?.close());

  const apply = (envelope: { type: string }) =>
    subgraph.em().transactional((tx) => handlers[envelope.type](tx, envelope as Parameters<EventHandler>[1]));

  const joined = (data: Partial<MemberJoinedV1>) =>
    memberJoined.create(data.regionCode ?? VILLAGE, {
      memberId: newId(),
      name: '张建国',
      regionCode: VILLAGE,
      branchId: branch,
      inVillage: true,
      joinedAt: '2020-07-01',
      ...data,
    });
  const left = (data: Partial<MemberLeftV1>) =>
    memberLeft.create(data.regionCode ?? VILLAGE, {
      memberId: newId(),
      regionCode: VILLAGE,
      branchId: branch,
      inVillage: true,
      leftAt: '2024-01-01',
      reason: 'TRANSFER_OUT',
      ...data,
    });
  const transferred = (data: Partial<MemberTransferredV1>) =>
    memberTransferred.create(data.regionCode ?? OTHER_VILLAGE, {
      memberId: newId(),
      regionCode: OTHER_VILLAGE,
      fromRegionCode: VILLAGE,
      fromBranchId: branch,
      toBranchId: otherBranch,
      fromInVillage: true,
      inVillage: true,
      transferredAt: '2024-03-01',
      ...data,
    });

  const counts = async () => {
    const em = subgraph.em();
    const [a, b] = await Promise.all([em.findOneOrFail(PartyOrganization, branch), em.findOneOrFail(PartyOrganization, otherBranch)]);
    const [village, otherVillage] = await Promise.all([em.findOneOrFail(Region, { code: VILLAGE }), em.findOneOrFail(Region, { code: OTHER_VILLAGE })]);
    return {
      branch: [a.memberCount, a.inVillageMemberCount],
      otherBranch: [b.memberCount, b.inVillageMemberCount],
      villages: [village.partyMemberCount, otherVillage.partyMemberCount],
    };
  };

  it('counts joined members in the branch, in-village ones apart, and in the village', async () => {
    await apply(joined({ inVillage: true }));
    await apply(joined({ inVillage: false }));
    await apply(joined({ inVillage: true }));
    expect(await counts()).toEqual({ branch: [3, 2], otherBranch: [0, 0], villages: [3, 0] });
  });

  it('takes a member who left off the branch and the village', async () => {
    await apply(left({ inVillage: false }));
    expect(await counts()).toEqual({ branch: [2, 2], otherBranch: [0, 0], villages: [2, 0] });
  });

  it('moves a transferred member’s counts from the old branch and village to the new', async () => {
    await apply(transferred({ inVillage: true }));
    expect(await counts()).toEqual({ branch: [1, 1], otherBranch: [1, 1], villages: [1, 1] });
  });

  it('moves only the branch counts for a transfer between branches of one village', async () => {
    await apply(transferred({ regionCode: VILLAGE, fromRegionCode: VILLAGE, fromBranchId: branch, toBranchId: otherBranch, inVillage: true }));
    expect(await counts()).toEqual({ branch: [0, 0], otherBranch: [2, 2], villages: [1, 1] });
  });

  it('moves only the in-village count when a member of one branch goes to work away', async () => {
    await apply(transferred({ regionCode: VILLAGE, fromRegionCode: VILLAGE, fromBranchId: otherBranch, toBranchId: otherBranch, fromInVillage: true, inVillage: false }));
    expect(await counts()).toEqual({ branch: [0, 0], otherBranch: [2, 1], villages: [1, 1] });
  });

  it('never counts below zero', async () => {
    await apply(left({ inVillage: true }));
    await apply(left({ inVillage: true }));
    const after = await counts();
    expect(after.branch).toEqual([0, 0]);
    expect(after.villages[0]).toBe(0);
  });

  it('changes nothing and does not fail for an unknown or malformed branch', async () => {
    await apply(joined({ inVillage: true }));
    const before = await counts();
    await expect(apply(joined({ branchId: newId(), regionCode: '421181111999' }))).resolves.toBeUndefined();
    await expect(apply(left({ branchId: 'branch-1', regionCode: '421181111999' }))).resolves.toBeUndefined();
    await expect(apply(transferred({ fromBranchId: newId(), toBranchId: null, regionCode: VILLAGE, fromRegionCode: VILLAGE }))).resolves.toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  it('leaves the branches alone for a member placed in no branch', async () => {
    const before = await counts();
    await apply(joined({ branchId: null, regionCode: OTHER_VILLAGE }));
    expect(await counts()).toEqual({ ...before, villages: [before.villages[0], before.villages[1] + 1] });
  });
});
