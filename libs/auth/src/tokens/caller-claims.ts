import { RegionScope } from '@grassroots/kernel';
import { type JWTPayload } from 'jose';
import { type Caller } from '../caller/caller';
import { isRole, type Role, ROLES } from '../roles/role';
import { unauthenticated } from './jwt-failure';

/** The claims that describe a caller, in user tokens and in the gateway's identity tokens. */
export type CallerClaims = {
  sub: string;
  name?: string;
  roles: Role[];
  region: string;
};

export function claimsOfCaller(caller: Caller): CallerClaims {
  return { sub: caller.subject, name: caller.name, roles: [...caller.roles], region: caller.scope.root };
}

/** A caller from verified claims; UNAUTHENTICATED naming the first claim that is wrong. */
export function callerOfClaims(payload: JWTPayload, what: string): Caller {
  const { sub, name, roles, region } = payload;
  if (typeof sub !== 'string' || sub.trim() === '') throw unauthenticated(`${what} has no subject (sub)`, 'subject');
  if (name !== undefined && typeof name !== 'string') throw unauthenticated(`${what} name claim is not a string`, 'name');
  if (!Array.isArray(roles) || roles.length === 0) throw unauthenticated(`${what} carries no roles`, 'role');
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) {
    throw unauthenticated(`${what} has unknown role ${unknown.map((r) => JSON.stringify(r)).join(', ')}: known roles are ${ROLES.join(', ')}`, 'role');
  }
  return { subject: sub, ...(name ? { name } : {}), roles: [...new Set(roles as Role[])], scope: scopeOf(region, what) };
}

function scopeOf(region: unknown, what: string): RegionScope {
  if (typeof region !== 'string') throw unauthenticated(`${what} has no region claim`, 'region');
  try {
    return RegionScope.of(region);
  } catch {
    throw unauthenticated(`${what} region "${region}" is not a region code: it must have 2, 4, 6, 9 or 12 digits`, 'region');
  }
}
