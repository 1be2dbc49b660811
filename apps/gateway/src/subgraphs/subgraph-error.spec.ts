import { type FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { subgraphError } from './subgraph-error';

const response = (status: number) => ({ status }) as FetcherResponse;
const fetchFailed = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

describe(subgraphError.name, () => {
  it.each<[string, Error, string]>([
    ['a refused connection', fetchFailed('ECONNREFUSED'), 'connection refused'],
    ['an unknown host', fetchFailed('ENOTFOUND'), 'its host name does not resolve'],
    ['slow headers', fetchFailed('UND_ERR_HEADERS_TIMEOUT'), 'it did not answer in time'],
    ['a reset', fetchFailed('ECONNRESET'), 'the connection was reset'],
    ['the deadline', new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'it did not answer in time'],
  ])('reports %s as SUBGRAPH_UNAVAILABLE naming the subgraph', (_, error, reason) => {
    const sut = subgraphError('economy', error);
    expect(sut.message).toBe(`subgraph "economy" is unavailable: ${reason}`);
    expect(sut.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'economy' });
    expect(sut.originalError).toBe(error);
  });

  it.each([500, 502, 503, 504, 408, 429])('reports HTTP %i as unavailable', (status) => {
    const sut = subgraphError('economy', new GraphQLError(`${status}`), response(status));
    expect(sut.extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(sut.message).toBe(`subgraph "economy" is unavailable: it answered HTTP ${status}`);
  });

  it('reports a deadline hit while reading a 200 body as unavailable', () => {
    const sut = subgraphError('economy', new DOMException('aborted', 'TimeoutError'), response(200));
    expect(sut.message).toBe('subgraph "economy" is unavailable: it did not answer in time');
    expect(subgraphError('economy', fetchFailed('UND_ERR_BODY_TIMEOUT'), response(200)).extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
  });

  it("passes on a subgraph's refusal with its own message", () => {
    const refusal = new GraphQLError('401: Unauthorized', {
      extensions: { code: 'UNAUTHENTICATED', response: { status: 401, body: { errors: [{ message: 'identity expired' }] } } },
    });
    const sut = subgraphError('personnel', refusal, response(401));
    expect(sut.message).toBe('subgraph "personnel" refused the request: identity expired');
    expect(sut.extensions).toEqual({ code: 'UNAUTHENTICATED', serviceName: 'personnel' });
    expect(subgraphError('personnel', new GraphQLError('403'), response(403)).extensions.code).toBe('FORBIDDEN');
  });

  it('marks any other answer as a bad response, for masking and the log', () => {
    const sut = subgraphError('governance', new GraphQLError('400: Bad Request'), response(400));
    expect(sut.extensions).toEqual({ code: 'SUBGRAPH_BAD_RESPONSE', serviceName: 'governance' });
  });
});
