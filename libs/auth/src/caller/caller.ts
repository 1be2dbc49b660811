import { DomainError, type RegionScope } from '@grassroots/kernel';
import { type Role } from '../roles/role';

/** A person or system acting through the gateway: roles, and the one region it may see. */
export type Caller = {
  subject: string;
  name?: string;
  roles: Role[];
  scope: RegionScope;
};

// The gateway's own calls (health checks) carry this: no roles, no region, so no data.
export type ServiceCaller = {
  readonly kind: 'service';
  readonly subject: 'gateway';
};

/** What a subgraph learns from `x-grassroots-caller`: a caller, or the gateway itself. */
export type CallerIdentity = Caller | ServiceCaller;

export const GATEWAY_SERVICE_CALLER: ServiceCaller = Object.freeze({ kind: 'service', subject: 'gateway' });

export function isServiceCaller(identity: CallerIdentity): identity is ServiceCaller {
  return 'kind' in identity && identity.kind === 'service';
}

/**
 * The caller behind a request, for code about to read or change data: refuses a missing
 * identity (UNAUTHENTICATED) and the gateway's service identity (FORBIDDEN).
 */
export function requireUserCaller(identity: CallerIdentity | undefined | null): Caller {
  if (!identity) throw new DomainError('UNAUTHENTICATED', 'the request carries no caller identity');
  if (isServiceCaller(identity)) {
    throw new DomainError('FORBIDDEN', 'the gateway service identity is for health checks and may not read data');
  }
  return identity;
}
