import { type Caller, hasRole, type Role } from '@grassroots/auth';
import { DomainError } from '@grassroots/kernel';

/** Refuses the operation (FORBIDDEN) unless the caller holds one of `roles`. */
export function requireRole(caller: Caller, action: string, ...roles: Role[]): void {
  if (!hasRole(caller, ...roles)) {
    throw new DomainError('FORBIDDEN', `${action} needs one of the roles ${roles.join(', ')}; you have ${caller.roles.join(', ') || 'none'}`, {
      requiredRoles: roles,
    });
  }
}
