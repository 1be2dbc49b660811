import { HeaderMap } from '@apollo/server';
import { type Caller, verifyUserToken } from '@grassroots/auth';
import { DomainError } from '@grassroots/kernel';
import { GraphQLError } from 'graphql';

/** The caller named by `Authorization: Bearer <user token>`, or a 401 UNAUTHENTICATED error. */
export async function authenticate(authorization: string | undefined, secret: string): Promise<Caller> {
  if (!authorization) throw unauthenticated('missing "Authorization: Bearer <user token>" header', 'invalid_request');
  const match = /^Bearer +(\S+) *$/i.exec(authorization);
  if (!match) throw unauthenticated('the Authorization header must be "Bearer <user token>"', 'invalid_request');
  try {
    return await verifyUserToken(match[1], secret);
  } catch (error) {
    if (error instanceof DomainError) throw unauthenticated(error.message, 'invalid_token');
    throw error;
  }
}

// RFC 6750: a 401 says which scheme it wants and why the credentials failed.
function unauthenticated(message: string, reason: 'invalid_request' | 'invalid_token'): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: new HeaderMap([['www-authenticate', `Bearer realm="grassroots", error="${reason}"`]]) },
    },
  });
}
