import { DomainError } from '@grassroots/kernel';
import { GRID_LEVEL_LABELS, type GridLevel } from './grid-level.util';

// Each basic grid has 1 grid chief 网格长, 2 grid instructors 网格指导员 and 1 grid worker 网格员 (DOMAIN §1).
export type GridRole = 'CHIEF' | 'INSTRUCTOR' | 'WORKER';

export const GRID_ROLES: readonly GridRole[] = ['CHIEF', 'INSTRUCTOR', 'WORKER'];

export const GRID_ROLE_LABELS: Readonly<Record<GridRole, string>> = { CHIEF: '网格长', INSTRUCTOR: '网格指导员', WORKER: '网格员' };

export const GRID_ROLE_LIMITS: Readonly<Record<GridRole, number>> = { CHIEF: 1, INSTRUCTOR: 2, WORKER: 1 };

/** An active (not ended) role in one grid. `seat` numbers the seats of a role: 1, or 1–2 for instructors. */
export type ActiveGridRole = { personId: string; personName: string; role: GridRole; seat: number };

export type GridStaffing = { chiefs: number; instructors: number; workers: number; complete: boolean };

/** Every seat (1 + 2 + 1) of a basic grid is filled. */
export function isStaffingComplete(counts: Omit<GridStaffing, 'complete'>): boolean {
  return counts.chiefs >= GRID_ROLE_LIMITS.CHIEF && counts.instructors >= GRID_ROLE_LIMITS.INSTRUCTOR && counts.workers >= GRID_ROLE_LIMITS.WORKER;
}

/** Active role counts of a basic grid and whether they fill every seat. */
export function staffingOf(active: readonly Pick<ActiveGridRole, 'role'>[]): GridStaffing {
  const count = (role: GridRole) => active.filter((holder) => holder.role === role).length;
  const counts = { chiefs: count('CHIEF'), instructors: count('INSTRUCTOR'), workers: count('WORKER') };
  return { ...counts, complete: isStaffingComplete(counts) };
}

/**
 * The seat a new holder of `role` takes in a grid, or why not: only basic grids take roles
 * (BAD_USER_INPUT); a person holds one role at a time in a grid, and a role has at most its
 * limit of active holders (CONFLICT naming who holds it).
 */
export function seatForGridRole(gridLevel: GridLevel, active: readonly ActiveGridRole[], candidate: { personId: string; role: GridRole }): number {
  if (gridLevel !== 'BASIC') {
    throw new DomainError(
      'BAD_USER_INPUT',
      `roles are held in a basic grid 基础网格 only; this is a ${GRID_LEVEL_LABELS[gridLevel]} grid (${gridLevel})`,
      { field: 'gridId' },
    );
  }
  const label = `${GRID_ROLE_LABELS[candidate.role]} (${candidate.role})`;
  const already = active.find((holder) => holder.personId === candidate.personId);
  if (already) {
    throw new DomainError(
      'CONFLICT',
      `${already.personName} already holds ${GRID_ROLE_LABELS[already.role]} (${already.role}) in this grid: end that role before giving them another`,
      { personId: candidate.personId, role: already.role },
    );
  }
  const holders = active.filter((holder) => holder.role === candidate.role);
  const limit = GRID_ROLE_LIMITS[candidate.role];
  if (holders.length >= limit) {
    const names = holders.map((holder) => holder.personName).join(', ');
    throw new DomainError('CONFLICT', `a basic grid has ${limit} ${label} at most and it is held by ${names}: end one of those first`, {
      role: candidate.role,
      holders: holders.map((holder) => holder.personId),
    });
  }
  const taken = new Set(holders.map((holder) => holder.seat));
  let seat = 1;
  while (taken.has(seat)) seat += 1;
  return seat;
}
