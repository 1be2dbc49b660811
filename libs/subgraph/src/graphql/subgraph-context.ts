import { GraphQLError } from 'graphql';
import { type Request } from 'express';
import { CALLER_IDENTITY_HEADER, requireUserCaller, verifyCallerIdentity, type Caller, type CallerIdentity } from '@grassroots/auth';
import { type LoaderStore } from './dataloader';

export type SubgraphContext = LoaderStore & {
  /** Who called, as the gateway vouched for it; a service identity has no region scope. */
  identity: CallerIdentity;
};

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Builds the per-request context. A subgraph answers only requests that came through the
 * gateway, which signs the verified caller into a short-lived identity header.
 */
export function createContextFactory(identitySecret: string) {
  return async ({ req }: { req: Request }): Promise<SubgraphContext> => {
    const header = req.headers[CALLER_IDENTITY_HEADER];
    const token = Array.isArray(header) ? header[0] : header;
    if (!token) throw unauthenticated('This subgraph answers only the gateway: call the gateway with a bearer token');
    try {
      const identity = await verifyCallerIdentity(token, identitySecret);
      return { identity, loaders: new Map() };
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'invalid identity';
      throw unauthenticated(`The gateway identity on this request is not valid (${reason})`);
    }
  };
}

/** The user behind a request; the gateway's own service identity may not read data. */
export function userCallerOf(context: SubgraphContext): Caller {
  return requireUserCaller(context.identity);
}
