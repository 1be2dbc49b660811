import { DomainError } from '@grassroots/kernel';

/** What the check needs to know about an organization personnel has heard of. */
export type KnownOrganizationFacts = { id: string; kind: string; regionCode: string; name: string; dissolvedAt: string | null };

const KIND_LABELS: Readonly<Record<string, string>> = {
  COMMITTEE: 'COMMITTEE 党委',
  GENERAL_BRANCH: 'GENERAL_BRANCH 党总支',
  BRANCH: 'BRANCH 党支部',
  GROUP: 'GROUP 党小组',
};

/**
 * Why `branchId` may not take a member of `villageCode`, or null when it may: it must be an
 * active organization of kind BRANCH (any form, e.g. a grid branch 网格党支部) whose region is the
 * village itself. `inVillage` is the organization when it lies under the village; `knownElsewhere`
 * whether personnel knows it outside the village.
 */
export function branchOfVillageProblem(
  branchId: string,
  villageCode: string,
  inVillage: KnownOrganizationFacts | null,
  knownElsewhere: boolean,
): string | null {
  if (!inVillage) {
    return knownElsewhere
      ? `branch ${branchId} is not a branch of village ${villageCode}: use a branch 党支部 of ${villageCode}, or register the person in the branch's own village`
      : `branch ${branchId} is not known to personnel yet: organization publishes new branches within seconds; retry, or check the id`;
  }
  const { kind, name, regionCode, dissolvedAt } = inVillage;
  if (kind !== 'BRANCH') {
    return `branch ${branchId} (${name}) is a ${KIND_LABELS[kind] ?? kind}, not a branch 党支部: use one of the branches of village ${villageCode}`;
  }
  if (regionCode !== villageCode) {
    return `branch ${branchId} (${name}) is a branch of ${regionCode}, not of village ${villageCode}: use a branch whose region is the village itself`;
  }
  if (dissolvedAt) {
    return `branch ${branchId} (${name}) is dissolved (since ${dissolvedAt}): use the branch that took over its members`;
  }
  return null;
}

/** BAD_USER_INPUT naming `field` unless `branchOfVillageProblem` finds nothing. */
export function assertBranchOfVillageFacts(
  branchId: string,
  villageCode: string,
  inVillage: KnownOrganizationFacts | null,
  knownElsewhere: boolean,
  field = 'branchId',
): void {
  const problem = branchOfVillageProblem(branchId, villageCode, inVillage, knownElsewhere);
  if (problem) throw new DomainError('BAD_USER_INPUT', problem, { field, branchId, regionCode: villageCode });
}
