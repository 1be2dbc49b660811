import { type Role } from '../roles/role';
import { type CallerIdentity, isServiceCaller } from './caller';

// Roles whose work needs names, ID numbers and phone numbers unmasked (DOMAIN.md §7).
const SENSITIVE_READERS: readonly Role[] = ['organization-dept', 'discipline'];

/** True when the caller holds at least one of `roles`; the service identity holds none. */
export function hasRole(identity: CallerIdentity, ...roles: Role[]): boolean {
  if (isServiceCaller(identity)) return false;
  return roles.some((role) => identity.roles.includes(role));
}

/** May see unmasked personal data. An analyst never may, whatever else they hold. */
export function mayReadSensitive(identity: CallerIdentity): boolean {
  return hasRole(identity, ...SENSITIVE_READERS) && !hasRole(identity, 'analyst');
}
