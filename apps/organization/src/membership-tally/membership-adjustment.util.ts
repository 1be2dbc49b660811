import { type MemberJoinedV1, type MemberLeftV1, type MemberTransferredV1 } from '@grassroots/contracts';

// How one membership event changes the counts organization keeps (DOMAIN §6): the village's
// party members, and the branch's members and in-village members.

export type RegionAdjustment = { regionCode: string; delta: 1 | -1 };
export type BranchAdjustment = { branchId: string; members: 1 | 0 | -1; inVillage: 1 | 0 | -1 };
export type MembershipAdjustment = { regions: RegionAdjustment[]; branches: BranchAdjustment[] };

const branchAdjustment = (branchId: string, delta: 1 | -1, inVillage: boolean): BranchAdjustment => ({
  branchId,
  members: delta,
  inVillage: inVillage ? delta : 0,
});

export function adjustmentForJoined(data: MemberJoinedV1): MembershipAdjustment {
  return {
    regions: [{ regionCode: data.regionCode, delta: 1 }],
    branches: data.branchId ? [branchAdjustment(data.branchId, 1, data.inVillage)] : [],
  };
}

export function adjustmentForLeft(data: MemberLeftV1): MembershipAdjustment {
  return {
    regions: [{ regionCode: data.regionCode, delta: -1 }],
    branches: data.branchId ? [branchAdjustment(data.branchId, -1, data.inVillage)] : [],
  };
}

/**
 * A transfer moves the counts from the old village and branch to the new, each end with the
 * residence it had there; within one branch only a change of residence moves the in-village count.
 */
export function adjustmentForTransferred(data: MemberTransferredV1): MembershipAdjustment {
  const regions: RegionAdjustment[] =
    data.fromRegionCode === data.regionCode
      ? []
      : [
          { regionCode: data.fromRegionCode, delta: -1 },
          { regionCode: data.regionCode, delta: 1 },
        ];
  const branches: BranchAdjustment[] = [];
  if (data.fromBranchId !== data.toBranchId) {
    if (data.fromBranchId) branches.push(branchAdjustment(data.fromBranchId, -1, data.fromInVillage));
    if (data.toBranchId) branches.push(branchAdjustment(data.toBranchId, 1, data.inVillage));
  } else if (data.toBranchId && data.fromInVillage !== data.inVillage) {
    branches.push({ branchId: data.toBranchId, members: 0, inVillage: data.inVillage ? 1 : -1 });
  }
  return { regions, branches };
}
