import { Injectable } from '@nestjs/common';
import { type Caller, hasRole, type Role } from '@grassroots/auth';
import { DomainError, parseId, type RegionCode, regionLevelOf, parentRegionCode } from '@grassroots/kernel';
import { requireRole } from '@grassroots/subgraph';
import { RegionRepository } from '../region/region.repository';
import { assertMayWriteAt } from './party-organization-access.util';
import { PartyOrganizationChange, type PartyOrganizationChangeAction } from './party-organization-change.entity';
import { type Placed, type RegionFacts } from './party-organization-hierarchy.util';
import { MemberRegionRepository, PartyOrganizationChangeRepository } from './party-organization-parts.repository';
import { type PartyOrganization } from './party-organization.entity';
import { PartyOrganizationRepository } from './party-organization.repository';

const WRITERS: Role[] = ['organization-dept', 'township-officer'];

/** What every organization change needs: roles, the target checked for writing, placement facts, the change row. */
@Injectable()
export class PartyOrganizationWriteSupport {
  constructor(
    private readonly organizations: PartyOrganizationRepository,
    private readonly memberRegions: MemberRegionRepository,
    private readonly changes: PartyOrganizationChangeRepository,
    private readonly regions: RegionRepository,
  ) {}

  /** First line of every mutation: organization-dept, or township-officer (township and below). */
  requireWriter(caller: Caller, action: string): void {
    requireRole(caller, action, ...WRITERS);
  }

  assertMayWriteAt(caller: Caller, regionCode: string): void {
    assertMayWriteAt(hasRole(caller, 'organization-dept'), regionCode);
  }

  /** An active organization the caller may change: NOT_FOUND outside scope, CONFLICT once dissolved. */
  async activeForWrite(caller: Caller, id: string, field = 'id'): Promise<PartyOrganization> {
    const organization = await this.organizations.findOneOrFail(caller.scope, { id: parseId(id, field) }, id);
    this.assertMayWriteAt(caller, organization.regionCode);
    if (organization.dissolvedAt) {
      throw new DomainError('CONFLICT', `party organization ${organization.name} (${organization.id}) was dissolved on ${organization.dissolvedAt}`, {
        id: organization.id,
        dissolvedAt: organization.dissolvedAt,
      });
    }
    return organization;
  }

  /** The organization as the placement rules see it (a joint committee with its villages). */
  async placed(caller: Caller, organization: PartyOrganization): Promise<Placed> {
    const memberRegionCodes =
      organization.form === 'JOINT_COMMITTEE'
        ? (await this.memberRegions.find(caller.scope, { organization: organization.id })).map((row) => row.regionCode)
        : undefined;
    return { kind: organization.kind, form: organization.form, regionCode: organization.regionCode, memberRegionCodes };
  }

  /**
   * The region an organization sits in, from the region tree. Village groups 村民小组 are
   * numbered by the platform and not in the tree: their village must be.
   */
  async regionFacts(caller: Caller, code: RegionCode): Promise<RegionFacts> {
    const level = regionLevelOf(code);
    const lookup = level === 'VILLAGE_GROUP' ? (parentRegionCode(code) as string) : code;
    const [region] = await this.regions.find(caller.scope, { code: lookup });
    if (!region) {
      throw new DomainError('BAD_USER_INPUT', `region ${lookup} is not in the region tree: use a code from the regions query`, { field: 'regionCode' });
    }
    return level === 'VILLAGE_GROUP'
      ? { code, level, name: `${region.shortName} ${code.slice(-3)}`, settlement: region.settlement }
      : { code, level, name: region.name, settlement: region.settlement };
  }

  /** Villages (all in the tree and in scope) or BAD_USER_INPUT naming the first unknown one. */
  async assertVillagesExist(caller: Caller, codes: readonly string[]): Promise<void> {
    if (!codes.length) return;
    const found = new Set((await this.regions.find(caller.scope, { code: { $in: [...codes] } })).map((region) => region.code));
    const missing = codes.find((code) => !found.has(code));
    if (missing) {
      throw new DomainError('BAD_USER_INPUT', `member region ${missing} is not in the region tree: use a village code from the regions query`, {
        field: 'memberRegionCodes',
      });
    }
  }

  /** CONFLICT when an active sibling (same parent, or top level in the same region) has the name. */
  async assertNameFree(caller: Caller, name: string, parentId: string | null, regionCode: string, exceptId?: string): Promise<void> {
    const where = {
      name,
      dissolvedAt: null,
      ...(parentId ? { parent: parentId } : { parent: null, regionCode }),
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    };
    if (await this.organizations.count(caller.scope, where)) {
      const place = parentId ? `under parent ${parentId}` : `at the top level of region ${regionCode}`;
      throw new DomainError('CONFLICT', `an active organization named ${name} already sits ${place}: choose another name`, { name });
    }
  }

  /** Stages the change row (who, when, from, to) in the caller's unit of work. */
  record(
    caller: Caller,
    organization: PartyOrganization,
    action: PartyOrganizationChangeAction,
    fromValue: string | null,
    toValue: string | null,
    note: string | null = null,
  ): PartyOrganizationChange {
    return this.changes.add(caller.scope, new PartyOrganizationChange(organization, action, fromValue, toValue, caller.subject, note));
  }
}

