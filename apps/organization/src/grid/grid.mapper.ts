import { maskName } from '@grassroots/auth';
import { isStaffingComplete } from './grid-roles.util';
import { type GridRoleAssignment } from './grid-role-assignment.entity';
import { type Grid } from './grid.entity';
import { GridObject, GridRoleAssignmentObject, GridStaffingObject } from './grid.object';

export function toGridObject(grid: Grid): GridObject {
  const counts = { chiefs: grid.chiefCount, instructors: grid.instructorCount, workers: grid.workerCount };
  return Object.assign(new GridObject(), {
    id: grid.id,
    name: grid.name,
    level: grid.level,
    parentId: grid.parent?.id ?? null,
    regionCode: grid.regionCode,
    departments: [...grid.departments],
    households: grid.households,
    staffing: grid.level === 'BASIC' ? Object.assign(new GridStaffingObject(), { ...counts, complete: isStaffingComplete(counts) }) : null,
    createdAt: grid.createdAt.toISOString(),
  });
}

/** `masked` (an analyst): the role holder's name masked (DOMAIN §7). */
export function toGridRoleAssignmentObject(assignment: GridRoleAssignment, masked = false): GridRoleAssignmentObject {
  return Object.assign(new GridRoleAssignmentObject(), {
    id: assignment.id,
    gridId: assignment.grid.id,
    personId: assignment.personId,
    personName: masked ? maskName(assignment.personName) : assignment.personName,
    role: assignment.role,
    seat: assignment.seat,
    assignedAt: assignment.assignedAt,
    endedAt: assignment.endedAt,
    active: assignment.endedAt === null,
    assignedBy: assignment.assignedBy,
    endedBy: assignment.endedBy,
    endReason: assignment.endReason,
  });
}
