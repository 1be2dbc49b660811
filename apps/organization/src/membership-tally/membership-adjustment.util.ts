import { type MemberJoinedV1, type MemberLeftV1, type MemberTransferredV1 } from '@grassroots/contracts';

// How one membership event changes the counts organization keeps (DOMAIN §6): the village's
// party members, and the branch's members and in-village members.

export type RegionAdjustment = { regionCode: string; delta: 1 | -1 };
export type BranchAdjustment = { branchId: string; members: 1 | -1; inVillage: 1 | 0 | -1 };
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

/** A transfer moves the counts from the old village and branch to the new; within one of them nothing moves. */
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
    if (data.fromBranchId) branches.push(branchAdjustment(data.fromBranchId, -1, data.inVillage));
    if (data.toBranchId) branches.push(branchAdjustment(data.toBranchId, 1, data.inVillage));
  }
  return { regions, branches };
}
