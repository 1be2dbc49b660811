import { Injectable } from '@nestjs/common';
import { parseId, RegionScope } from '@grassroots/kernel';
import { KnownPartyOrganizationRepository } from './branch-directory.repository';
import { assertBranchOfVillageFacts } from './branch-directory.rules';
import { type KnownPartyOrganization } from './known-party-organization.entity';

/** 党支部目录: which party organizations exist, as organization's events have told personnel. */
@Injectable()
export class BranchDirectoryService {
  constructor(private readonly organizations: KnownPartyOrganizationRepository) {}

  /**
   * The branch, or BAD_USER_INPUT naming `field` unless `branchId` is an active branch 党支部 (kind
   * BRANCH, any form, e.g. a grid branch) whose region is the village `villageCode`. Call it where a
   * person is placed in a branch, after checking the village against the caller's scope: the branch
   * is read within the village only.
   */
  async assertBranchOfVillage(branchId: string, villageCode: string, field = 'branchId'): Promise<KnownPartyOrganization> {
    const id = parseId(branchId, field);
    // Existence first: a row never disappears, so one known now is seen by the scoped read that
    // follows (the other order can miss a row that arrives between the two reads).
    const known = await this.organizations.isKnown(id);
    const inVillage = known ? await this.organizations.findOne(RegionScope.of(villageCode), { id }) : null;
    assertBranchOfVillageFacts(id, villageCode, inVillage, known && !inVillage, field);
    return inVillage as KnownPartyOrganization;
  }
}
