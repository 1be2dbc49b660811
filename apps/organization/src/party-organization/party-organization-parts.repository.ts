import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type RegionScope } from '@grassroots/kernel';
import { RegionScopedRepository } from '@grassroots/persistence';
import { PartyOrganizationChange } from './party-organization-change.entity';
import { PartyOrganizationMemberRegion } from './party-organization-member-region.entity';
import { PartyOrganizationResidentUnit } from './party-organization-resident-unit.entity';

// The parts of an organization aggregate, each a region-scoped table of its own.

@Injectable()
export class MemberRegionRepository extends RegionScopedRepository<PartyOrganizationMemberRegion> {
  constructor(em: EntityManager) {
    super(em, PartyOrganizationMemberRegion, 'Member region');
  }
}

@Injectable()
export class ResidentUnitRepository extends RegionScopedRepository<PartyOrganizationResidentUnit> {
  constructor(em: EntityManager) {
    super(em, PartyOrganizationResidentUnit, 'Resident unit');
  }
}

@Injectable()
export class PartyOrganizationChangeRepository extends RegionScopedRepository<PartyOrganizationChange> {
  constructor(em: EntityManager) {
    super(em, PartyOrganizationChange, 'Organization change');
  }

  /** Many change rows in one insert (dissolving a whole subtree), each checked against the scope. */
  async insertMany(scope: RegionScope, rows: PartyOrganizationChange[]): Promise<void> {
    for (const row of rows) scope.assertCovers(row.regionCode, this.label);
    if (rows.length) await this.em.insertMany(PartyOrganizationChange, rows);
  }
}
