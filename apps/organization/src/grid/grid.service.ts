import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, isUuid, parseId, parseRegionCode, type RegionScope, requiredText } from '@grassroots/kernel';
import { conflictOnDuplicate, type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole } from '@grassroots/subgraph';
import { RegionRepository } from '../region/region.repository';
import { normalizeGridDepartments } from './grid-department';
import { assertGridPlacement, assertGridShape, GRID_LEVEL_LABELS, GRID_LEVELS, type GridLevel } from './grid-level.util';
import { Grid } from './grid.entity';
import { GridRepository } from './grid.repository';

export const GRID_WRITERS = ['organization-dept', 'political-legal', 'township-officer'] as const;

export type CreateGrid = {
  name: string;
  level: GridLevel;
  parentId?: string | null;
  regionCode: string;
  departments?: readonly string[] | null;
  households?: number | null;
};

const MAX_HOUSEHOLDS = 1_000_000;

@Injectable()
export class GridService {
  constructor(
    private readonly grids: GridRepository,
    private readonly regions: RegionRepository,
  ) {}

  get(caller: Caller, id: string): Promise<Grid> {
    return this.grids.findOneOrFail(caller.scope, { id: parseId(id) }, id);
  }

  /** Batch read for parents and entity references; malformed and out-of-scope ids are left out. */
  getMany(caller: Caller, ids: readonly string[]): Promise<Grid[]> {
    const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
    return valid.length ? this.grids.find(caller.scope, { id: { $in: valid } }) : Promise.resolve([]);
  }

  /** Grids under `within` (default: the caller's scope), optionally of one level. */
  list(caller: Caller, filter: { within?: string | null; level?: GridLevel | null }, page: PageRequest): Promise<Page<Grid>> {
    return this.grids.page(scopeOf(caller, filter.within), filter.level ? { level: filter.level } : {}, page, { regionCode: 'asc', name: 'asc', id: 'asc' });
  }

  /** The grids directly under `parentId` that the caller may see. */
  children(caller: Caller, parentId: string, page: PageRequest): Promise<Page<Grid>> {
    return this.grids.page(caller.scope, { parent: parentId }, page, { regionCode: 'asc', name: 'asc', id: 'asc' });
  }

  /** Basic grids short of 1 网格长, 2 网格指导员 or 1 网格员. */
  missingRoles(caller: Caller, within: string | null | undefined, page: PageRequest): Promise<Page<Grid>> {
    const where = {
      level: 'BASIC' as const,
      $or: [{ chiefCount: { $lt: 1 } }, { instructorCount: { $lt: 2 } }, { workerCount: { $lt: 1 } }],
    };
    return this.grids.page(scopeOf(caller, within), where, page, { regionCode: 'asc', name: 'asc', id: 'asc' });
  }

  /** Creates a grid one level below its parent, inside the parent's region. */
  async create(caller: Caller, input: CreateGrid): Promise<Grid> {
    requireRole(caller, 'Creating a grid', ...GRID_WRITERS);
    const name = requiredText(input.name, 'name', 60);
    if (!GRID_LEVELS.includes(input.level)) {
      throw new DomainError('BAD_USER_INPUT', `level "${input.level}" is unknown: use ${GRID_LEVELS.join(', ')}`, { field: 'level' });
    }
    const regionCode = parseRegionCode(input.regionCode);
    const departments = normalizeGridDepartments(input.departments ?? []);
    const households = householdsOf(input.households);
    const parentId = input.parentId ? parseId(input.parentId, 'parentId') : null;
    assertGridShape(input.level, regionCode, parentId !== null);
    caller.scope.assertCovers(regionCode, 'grid region');
    if (!(await this.regions.findOne(caller.scope, { code: regionCode }))) {
      throw new DomainError('NOT_FOUND', `region ${regionCode} does not exist`, { field: 'regionCode' });
    }
    const parent = parentId ? await this.grids.findOne(caller.scope, { id: parentId }) : null;
    if (parentId && !parent) throw new DomainError('NOT_FOUND', `parent grid ${parentId} does not exist or is outside your region scope`, { field: 'parentId' });
    assertGridPlacement({ level: input.level, regionCode, parent });
    await this.assertNoDuplicate(caller.scope, { level: input.level, regionCode, parent, name });

    const grid = this.grids.add(caller.scope, new Grid(name, input.level, parent, regionCode, caller.subject));
    grid.departments = departments;
    grid.households = households;
    await conflictOnDuplicate(
      () => this.grids.flush(),
      () => `a grid named ${name} or a ${GRID_LEVEL_LABELS[input.level]} grid of ${regionCode} was created at the same time: reload and check`,
    );
    return grid;
  }

  /** Replaces the departments a grid carries (多网合一). */
  async setDepartments(caller: Caller, id: string, departments: readonly string[]): Promise<Grid> {
    requireRole(caller, 'Setting the departments of a grid', ...GRID_WRITERS);
    const gridId = parseId(id);
    const normalized = normalizeGridDepartments(departments);
    const grid = await this.grids.findWritableOrFail(caller.scope, { id: gridId }, id);
    grid.departments = normalized;
    await this.grids.flush();
    return grid;
  }

  private async assertNoDuplicate(scope: RegionScope, grid: { level: GridLevel; regionCode: string; parent: Grid | null; name: string }): Promise<void> {
    if (grid.level === 'TOWNSHIP' || grid.level === 'VILLAGE') {
      const existing = await this.grids.findOne(scope, { level: grid.level, regionCode: grid.regionCode });
      if (existing) {
        throw new DomainError(
          'CONFLICT',
          `${grid.regionCode} already has its ${GRID_LEVEL_LABELS[grid.level]} grid ${existing.name} (${existing.id}): a region is one grid at this level`,
          { existingId: existing.id },
        );
      }
    }
    if (grid.parent) {
      const sibling = await this.grids.findOne(scope, { parent: grid.parent, name: grid.name });
      if (sibling) {
        throw new DomainError('CONFLICT', `${grid.parent.name} already has a grid named ${grid.name} (${sibling.id}): choose another name`, {
          existingId: sibling.id,
        });
      }
    }
  }
}

function scopeOf(caller: Caller, within: string | null | undefined): RegionScope {
  return caller.scope.narrowTo(within);
}

function householdsOf(households: number | null | undefined): number | null {
  if (households == null) return null;
  if (!Number.isInteger(households) || households < 0 || households > MAX_HOUSEHOLDS) {
    throw new DomainError('BAD_USER_INPUT', `households must be a whole number from 0 to ${MAX_HOUSEHOLDS}, got ${households}`, { field: 'households' });
  }
  return households;
}
