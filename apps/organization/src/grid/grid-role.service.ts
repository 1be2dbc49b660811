import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type Caller } from '@grassroots/auth';
import { DomainError, isUuid, optionalText, parseId, requiredText, shanghaiDate } from '@grassroots/kernel';
import { conflictOnDuplicate, type Page, type PageRequest } from '@grassroots/persistence';
import { requireRole } from '@grassroots/subgraph';
import { GRID_ROLE_LABELS, GRID_ROLES, type GridRole, seatForGridRole, staffingOf } from './grid-roles.util';
import { GridRoleAssignment } from './grid-role-assignment.entity';
import { type Grid } from './grid.entity';
import { GridRoleAssignmentRepository, GridRepository } from './grid.repository';
import { GRID_WRITERS } from './grid.service';

export type AssignGridRole = { gridId: string; personId: string; personName: string; role: GridRole; assignedAt?: string | null };

export type EndGridRole = { endedAt?: string | null; reason?: string | null };

@Injectable()
export class GridRoleService {
  constructor(
    private readonly grids: GridRepository,
    private readonly assignments: GridRoleAssignmentRepository,
    private readonly em: EntityManager,
  ) {}

  /** Active role holders of each grid, in seat order, for a batch of grids. */
  async activeByGrid(caller: Caller, gridIds: readonly string[]): Promise<Map<string, GridRoleAssignment[]>> {
    const ids = gridIds.filter(isUuid);
    const rows = ids.length
      ? await this.assignments.find(caller.scope, { grid: { $in: ids }, endedAt: null }, { orderBy: { role: 'asc', seat: 'asc' } })
      : [];
    const byGrid = new Map<string, GridRoleAssignment[]>();
    for (const row of rows) byGrid.set(row.grid.id, [...(byGrid.get(row.grid.id) ?? []), row]);
    return byGrid;
  }

  /** Every assignment of a grid, ended ones included, latest first. */
  history(caller: Caller, gridId: string, page: PageRequest): Promise<Page<GridRoleAssignment>> {
    return this.assignments.page(caller.scope, { grid: gridId }, page, { assignedAt: 'desc', id: 'desc' });
  }

  /**
   * Gives a person a role in a basic grid. The grid row stays locked until commit, so two
   * concurrent assignments cannot both take the last seat; a unique index backs this up.
   */
  async assign(caller: Caller, input: AssignGridRole, today = shanghaiDate()): Promise<GridRoleAssignment> {
    requireRole(caller, 'Assigning a grid role', ...GRID_WRITERS);
    const gridId = parseId(input.gridId, 'gridId');
    const personId = parseId(input.personId, 'personId');
    const personName = requiredText(input.personName, 'personName', 50);
    if (!GRID_ROLES.includes(input.role)) {
      throw new DomainError('BAD_USER_INPUT', `role "${input.role}" is unknown: use ${GRID_ROLES.join(', ')}`, { field: 'role' });
    }
    const assignedAt = input.assignedAt ?? today;
    if (assignedAt > today) throw new DomainError('BAD_USER_INPUT', `assignedAt ${assignedAt} is in the future`, { field: 'assignedAt' });

    return conflictOnDuplicate(
      () =>
        this.em.transactional(async () => {
          const grid = await this.grids.lockWritableOrFail(caller.scope, { id: gridId }, input.gridId);
          const active = await this.assignments.find(caller.scope, { grid, endedAt: null });
          const seat = seatForGridRole(grid.level, active, { personId, role: input.role });
          const assignment = this.assignments.add(caller.scope, new GridRoleAssignment(grid, personId, personName, input.role, seat, assignedAt, caller.subject));
          recount(grid, [...active, assignment]);
          return assignment;
        }),
      () => `${GRID_ROLE_LABELS[input.role]} (${input.role}) of grid ${gridId} was changed at the same time: reload the grid and try again`,
    );
  }

  /** Ends an active role; the row is kept with who ended it, when and why. */
  async end(caller: Caller, id: string, input: EndGridRole, today = shanghaiDate()): Promise<GridRoleAssignment> {
    requireRole(caller, 'Ending a grid role', ...GRID_WRITERS);
    const assignmentId = parseId(id);
    const reason = optionalText(input.reason, 'reason', 200);
    const endedAt = input.endedAt ?? today;
    if (endedAt > today) throw new DomainError('BAD_USER_INPUT', `endedAt ${endedAt} is in the future`, { field: 'endedAt' });

    return this.em.transactional(async () => {
      const found = await this.assignments.findWritableOrFail(caller.scope, { id: assignmentId }, id);
      // Lock the grid first, then re-read the assignment: concurrent ends and assignments see each other.
      const grid = await this.grids.lockWritableOrFail(caller.scope, { id: found.grid.id }, found.grid.id);
      const assignment = await this.assignments.findWritableOrFail(caller.scope, { id: assignmentId }, id, { refresh: true });
      if (assignment.endedAt) {
        throw new DomainError('CONFLICT', `${assignment.personName}'s ${GRID_ROLE_LABELS[assignment.role]} role already ended on ${assignment.endedAt}`, {
          endedAt: assignment.endedAt,
        });
      }
      if (endedAt < assignment.assignedAt) {
        throw new DomainError('BAD_USER_INPUT', `endedAt ${endedAt} is before the role began (${assignment.assignedAt})`, { field: 'endedAt' });
      }
      assignment.endedAt = endedAt;
      assignment.endedBy = caller.subject;
      assignment.endReason = reason;
      recount(grid, await this.assignments.find(caller.scope, { grid, endedAt: null }));
      return assignment;
    });
  }
}

// The grid's counters follow the active rows (read under the grid's lock).
function recount(grid: Grid, active: readonly GridRoleAssignment[]): void {
  const staffing = staffingOf(active.filter((row) => row.endedAt === null));
  grid.chiefCount = staffing.chiefs;
  grid.instructorCount = staffing.instructors;
  grid.workerCount = staffing.workers;
}
