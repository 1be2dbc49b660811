import { type Caller, hasRole } from '@grassroots/auth';
import { type RegionScope } from '@grassroots/kernel';
import { requireRole } from '@grassroots/subgraph';
import { assertWritesWithinTownship, CADRE_WRITERS } from './cadre-writer.rules';

/** FORBIDDEN unless the caller is the organization department, or a township officer of one township. */
export function requireCadreWriter(caller: Caller, action: string): void {
  requireRole(caller, action, ...CADRE_WRITERS);
  assertWritesWithinTownship(hasRole(caller, 'organization-dept'), caller.scope.root);
}

/** The caller's scope narrowed to `within` (FORBIDDEN when they do not overlap). */
export function scopeWithin(caller: Caller, within: string | null | undefined): RegionScope {
  return caller.scope.narrowTo(within);
}
