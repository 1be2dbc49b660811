import { type Caller, CALLER_IDENTITY_HEADER, type Role, signCallerIdentity } from '@grassroots/auth';
import { RegionScope } from '@grassroots/kernel';
import { loadSubgraphConfig } from '@grassroots/subgraph';

export function testCaller(roles: Role[], region: string, subject = 'test-user'): Caller {
  return { subject, name: '测试用户', roles, scope: RegionScope.of(region) };
}

/** The identity header the gateway would send for `caller` (development secret). */
export async function identityHeaders(caller: Caller): Promise<Record<string, string>> {
  const secret = loadSubgraphConfig('organization', {}).gatewayIdentitySecret;
  return { [CALLER_IDENTITY_HEADER]: await signCallerIdentity(caller, secret) };
}

export type GraphqlResponse<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown>; path?: (string | number)[] }[];
};

/** POSTs a GraphQL operation; with a caller, signed as the gateway would sign it. */
export async function graphqlRequest<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** The error codes of a response, for assertions. */
export const errorCodes = (response: GraphqlResponse<unknown>) => (response.errors ?? []).map((error) => error.extensions?.code);
