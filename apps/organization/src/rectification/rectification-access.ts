import { type Caller } from '@grassroots/auth';
import { DomainError } from '@grassroots/kernel';
import { requireRole } from '@grassroots/subgraph';
import { CASE_READERS, COUNTY_DECIDERS, isCountyOrAbove, TOWNSHIP_WORKERS } from './rectification-access.util';

export function requireCaseReader(caller: Caller): void {
  requireRole(caller, 'Reading weak-organization cases', ...CASE_READERS);
}

/** Township work on a case: the scope check follows when the case is read through the scope. */
export function requireTownshipWorker(caller: Caller, action: string): void {
  requireRole(caller, action, ...TOWNSHIP_WORKERS);
}

/** A decision of the county organization department 县委组织部: the role, scoped to a county or above. */
export function requireCountyDecider(caller: Caller, action: string): void {
  requireRole(caller, action, ...COUNTY_DECIDERS);
  if (!isCountyOrAbove(caller.scope.root)) {
    throw new DomainError(
      'FORBIDDEN',
      `${action} is for the county organization department: your scope ${caller.scope.root} is below county level`,
      { scope: caller.scope.root },
    );
  }
}
