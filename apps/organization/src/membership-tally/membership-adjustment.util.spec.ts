import { adjustmentForJoined, adjustmentForLeft, adjustmentForTransferred } from './membership-adjustment.util';

const VILLAGE = '421181111229';
const OTHER_VILLAGE = '421181111201';
const BRANCH = '0b6f2a4e-6a51-4c55-9a0e-0f5b1d7c9a01';
const OTHER_BRANCH = '7c1d9e2f-3b4a-4d5e-8f60-718293a4b5c6';
const MEMBER = 'f0e1d2c3-b4a5-4968-8776-655443322110';

describe(adjustmentForJoined.name, () => {
  it('counts the member in the village and, when placed, in the branch', () => {
    expect(adjustmentForJoined({ memberId: MEMBER, name: '张建国', regionCode: VILLAGE, branchId: BRANCH, inVillage: true, joinedAt: '2020-07-01' })).toEqual({
      regions: [{ regionCode: VILLAGE, delta: 1 }],
      branches: [{ branchId: BRANCH, members: 1, inVillage: 1 }],
    });
  });

  it('leaves the in-village count alone for a migrant member and the branches alone without a branch', () => {
    expect(adjustmentForJoined({ memberId: MEMBER, name: '李华', regionCode: VILLAGE, branchId: BRANCH, inVillage: false, joinedAt: '2020-07-01' }).branches).toEqual([
      { branchId: BRANCH, members: 1, inVillage: 0 },
    ]);
    expect(adjustmentForJoined({ memberId: MEMBER, name: '李华', regionCode: VILLAGE, branchId: null, inVillage: true, joinedAt: '2020-07-01' }).branches).toEqual([]);
  });
});

describe(adjustmentForLeft.name, () => {
  it('takes the member off the village and the branch', () => {
    expect(adjustmentForLeft({ memberId: MEMBER, regionCode: VILLAGE, branchId: BRANCH, inVillage: true, leftAt: '2024-01-01', reason: 'DEATH' })).toEqual({
      regions: [{ regionCode: VILLAGE, delta: -1 }],
      branches: [{ branchId: BRANCH, members: -1, inVillage: -1 }],
    });
  });
});

describe(adjustmentForTransferred.name, () => {
  const transfer = { memberId: MEMBER, fromInVillage: true, inVillage: true, transferredAt: '2024-03-01' };

  it('moves the counts from the old village and branch to the new', () => {
    expect(adjustmentForTransferred({ ...transfer, fromRegionCode: VILLAGE, regionCode: OTHER_VILLAGE, fromBranchId: BRANCH, toBranchId: OTHER_BRANCH })).toEqual({
      regions: [
        { regionCode: VILLAGE, delta: -1 },
        { regionCode: OTHER_VILLAGE, delta: 1 },
      ],
      branches: [
        { branchId: BRANCH, members: -1, inVillage: -1 },
        { branchId: OTHER_BRANCH, members: 1, inVillage: 1 },
      ],
    });
  });

  it('moves nothing within one village and branch, and only the known end of a branch change', () => {
    expect(adjustmentForTransferred({ ...transfer, fromRegionCode: VILLAGE, regionCode: VILLAGE, fromBranchId: BRANCH, toBranchId: BRANCH })).toEqual({
      regions: [],
      branches: [],
    });
    expect(adjustmentForTransferred({ ...transfer, fromRegionCode: VILLAGE, regionCode: VILLAGE, fromBranchId: null, toBranchId: BRANCH }).branches).toEqual([
      { branchId: BRANCH, members: 1, inVillage: 1 },
    ]);
  });

  it('takes a migrant member off the old branch without touching its in-village count, and counts them in the new one as resident', () => {
    expect(
      adjustmentForTransferred({ ...transfer, fromInVillage: false, inVillage: true, fromRegionCode: VILLAGE, regionCode: OTHER_VILLAGE, fromBranchId: BRANCH, toBranchId: OTHER_BRANCH })
        .branches,
    ).toEqual([
      { branchId: BRANCH, members: -1, inVillage: 0 },
      { branchId: OTHER_BRANCH, members: 1, inVillage: 1 },
    ]);
  });

  it('moves only the in-village count when a member of the same branch leaves or returns to the village', () => {
    expect(adjustmentForTransferred({ ...transfer, fromInVillage: true, inVillage: false, fromRegionCode: VILLAGE, regionCode: VILLAGE, fromBranchId: BRANCH, toBranchId: BRANCH })).toEqual({
      regions: [],
      branches: [{ branchId: BRANCH, members: 0, inVillage: -1 }],
    });
    expect(
      adjustmentForTransferred({ ...transfer, fromInVillage: false, inVillage: true, fromRegionCode: VILLAGE, regionCode: VILLAGE, fromBranchId: BRANCH, toBranchId: BRANCH }).branches,
    ).toEqual([{ branchId: BRANCH, members: 0, inVillage: 1 }]);
  });
});
