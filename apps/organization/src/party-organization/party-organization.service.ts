import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, isUuid, notFound, parseId } from '@grassroots/kernel';
import { type Page, type PageRequest } from '@grassroots/persistence';
import { type PartyOrganizationChange } from './party-organization-change.entity';
import { type PartyOrganizationForm, type PartyOrganizationKind } from './party-organization-hierarchy.util';
import { type PartyOrganizationMemberRegion } from './party-organization-member-region.entity';
import { MemberRegionRepository, PartyOrganizationChangeRepository, ResidentUnitRepository } from './party-organization-parts.repository';
import { type PartyOrganizationResidentUnit } from './party-organization-resident-unit.entity';
import { type PartyOrganization } from './party-organization.entity';
import { PartyOrganizationRepository, type SubtreeNode } from './party-organization.repository';

export type PartyOrganizationFilter = {
  within?: string | null;
  kind?: PartyOrganizationKind | null;
  form?: PartyOrganizationForm | null;
  includeDissolved?: boolean | null;
};

export type PartyOrganizationTree = { nodes: SubtreeNode[]; truncated: boolean };

export const TREE_DEFAULT_DEPTH = 5;
export const TREE_MAX_DEPTH = 10;
/** A tree answer holds at most this many organizations; `truncated` says when there were more. */
export const TREE_MAX_NODES = 2000;

/** Reads of party organizations, always confined to the caller's region scope. */
@Injectable()
export class PartyOrganizationService {
  constructor(
    private readonly organizations: PartyOrganizationRepository,
    private readonly memberRegions: MemberRegionRepository,
    private readonly residentUnits: ResidentUnitRepository,
    private readonly changes: PartyOrganizationChangeRepository,
  ) {}

  get(caller: Caller, id: string): Promise<PartyOrganization> {
    return this.organizations.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  /** Batch read for entity references and parent links; unknown, malformed and out-of-scope ids are left out. */
  getMany(caller: Caller, ids: readonly string[]): Promise<PartyOrganization[]> {
    const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    return valid.length ? this.organizations.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** Organizations under `within` (default: the caller's scope), by region then name; active ones unless asked. */
  list(caller: Caller, filter: PartyOrganizationFilter, page: PageRequest): Promise<Page<PartyOrganization>> {
    const scope = caller.scope.narrowTo(filter.within);
    const where = {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.form ? { form: filter.form } : {}),
      ...(filter.includeDissolved ? {} : { dissolvedAt: null }),
    };
    return this.organizations.page(scope, where, page, { regionCode: 'asc', name: 'asc', id: 'asc' });
  }

  /** Direct children of an organization, by name. */
  children(caller: Caller, parentId: string, includeDissolved: boolean, page: PageRequest): Promise<Page<PartyOrganization>> {
    const where = { parent: parentId, ...(includeDissolved ? {} : { dissolvedAt: null }) };
    return this.organizations.page(caller.scope, where, page, { name: 'asc', id: 'asc' });
  }

  /** The organization and its descendants `depth` levels down, read in one recursive query. */
  async tree(caller: Caller, rootId: string, depth: number | null | undefined, includeDissolved: boolean): Promise<PartyOrganizationTree> {
    const levels = depth ?? TREE_DEFAULT_DEPTH;
    if (!Number.isInteger(levels) || levels < 0 || levels > TREE_MAX_DEPTH) {
      throw new DomainError('BAD_USER_INPUT', `depth must be between 0 and ${TREE_MAX_DEPTH}, got ${levels}`, { field: 'depth' });
    }
    const nodes = await this.organizations.subtree(caller.scope, parseId(rootId, 'rootId'), levels, includeDissolved, TREE_MAX_NODES);
    if (!nodes.length) throw notFound('Party organization', rootId);
    return { nodes: nodes.slice(0, TREE_MAX_NODES), truncated: nodes.length > TREE_MAX_NODES };
  }

  /** Member villages of many joint committees in one query, keyed by organization id. */
  async memberRegionsOf(caller: Caller, organizationIds: readonly string[]): Promise<Map<string, PartyOrganizationMemberRegion[]>> {
    const rows = await this.memberRegions.find(caller.scope, { organization: { $in: [...organizationIds] } }, { orderBy: { regionCode: 'asc' } });
    return groupBy(rows, (row) => row.organization.id);
  }

  /** Resident units of many big committees in one query, keyed by organization id. */
  async residentUnitsOf(caller: Caller, organizationIds: readonly string[]): Promise<Map<string, PartyOrganizationResidentUnit[]>> {
    const rows = await this.residentUnits.find(caller.scope, { organization: { $in: [...organizationIds] } }, { orderBy: { name: 'asc', id: 'asc' } });
    return groupBy(rows, (row) => row.organization.id);
  }

  /** The recorded changes of an organization, latest first. */
  history(caller: Caller, organizationId: string, page: PageRequest): Promise<Page<PartyOrganizationChange>> {
    return this.changes.page(caller.scope, { organization: organizationId }, page, { changedAt: 'desc', id: 'desc' });
  }
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}
