import { type FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';
// Not passed through to clients: masked as INTERNAL_SERVER_ERROR and logged in full.
export const SUBGRAPH_BAD_RESPONSE = 'SUBGRAPH_BAD_RESPONSE';

/**
 * The error a failed subgraph fetch becomes: always names the subgraph (`serviceName`), so a
 * client of partial data knows which part is missing and why.
 */
export function subgraphError(serviceName: string, error: Error, response?: FetcherResponse): GraphQLError {
  // A deadline or broken socket can strike after the status line arrived, while reading the body.
  const status = transportFailure(error) ? undefined : response?.status;
  if (status === 401 || status === 403) {
    const code = status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    return new GraphQLError(`subgraph "${serviceName}" refused the request: ${firstMessage(error) ?? code}`, {
      originalError: error,
      extensions: { code, serviceName },
    });
  }
  // 5xx, 408 and 429 mean "try later"; any other status means the subgraph found our request wrong.
  const unavailable = status === undefined || status >= 500 || status === 408 || status === 429;
  if (!unavailable) {
    return new GraphQLError(`subgraph "${serviceName}" answered HTTP ${status}: ${error.message}`, {
      originalError: error,
      extensions: { code: SUBGRAPH_BAD_RESPONSE, serviceName },
    });
  }
  const reason = status === undefined ? failureReason(error) : `it answered HTTP ${status}`;
  return new GraphQLError(`subgraph "${serviceName}" is unavailable: ${reason}`, {
    originalError: error,
    extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName },
  });
}

function transportFailure(error: Error): boolean {
  return error.name === 'TimeoutError' || error.name === 'AbortError' || causeOf(error)?.code !== undefined;
}

// Not `instanceof Error`: socket errors come from Node's own realm, which differs under Jest.
function causeOf(error: Error): NodeJS.ErrnoException | undefined {
  return typeof error.cause === 'object' && error.cause !== null ? (error.cause as NodeJS.ErrnoException) : undefined;
}

// undici wraps the real cause: `TypeError: fetch failed` { cause: ECONNREFUSED | UND_ERR_* }.
function failureReason(error: Error): string {
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'it did not answer in time';
  const cause = causeOf(error);
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'its host name does not resolve';
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'connecting timed out';
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return 'it did not answer in time';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was reset';
    default:
      return cause?.message ?? error.message;
  }
}

// The GraphQL message in an HTTP error body, when the subgraph sent one.
function firstMessage(error: Error): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const body = (error.extensions.response as { body?: unknown } | undefined)?.body;
  const errors = (body as { errors?: { message?: unknown }[] } | undefined)?.errors;
  const message = Array.isArray(errors) ? errors[0]?.message : undefined;
  return typeof message === 'string' ? message : undefined;
}
