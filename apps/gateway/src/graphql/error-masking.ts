import { ApolloServerErrorCode } from '@apollo/server/errors';
import { DOMAIN_ERROR_CODES } from '@grassroots/kernel';
import { type GraphQLFormattedError } from 'graphql';
import { SUBGRAPH_UNAVAILABLE } from '../subgraphs/subgraph-error';

// Codes whose message was written for the client; everything else may leak internals.
const CLIENT_CODES: ReadonlySet<string> = new Set([
  ...DOMAIN_ERROR_CODES,
  SUBGRAPH_UNAVAILABLE,
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

export const GENERIC_ERROR_MESSAGE = 'Internal server error: the gateway log has the details under this request id';

export function isClientError(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_CODES.has(code);
}

/** Apollo's `formatError`: known codes pass through; anything else becomes a generic INTERNAL_SERVER_ERROR. */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { code, serviceName, response: _response, stacktrace: _stacktrace, ...rest } = formatted.extensions ?? {};
  const service = typeof serviceName === 'string' ? { serviceName } : {};
  if (isClientError(code)) return { ...formatted, extensions: { code, ...service, ...rest } };
  return {
    message: GENERIC_ERROR_MESSAGE,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR, ...service },
  };
}
