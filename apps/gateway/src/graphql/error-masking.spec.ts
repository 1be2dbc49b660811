import { GENERIC_ERROR_MESSAGE, maskError } from './error-masking';

describe(maskError.name, () => {
  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'SUBGRAPH_UNAVAILABLE', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'])(
    'passes %s through with its message and details',
    (code) => {
      const sut = maskError({ message: 'region 42 is outside your scope', path: ['a'], extensions: { code, serviceName: 'organization', regionCode: '42' } });
      expect(sut).toEqual({ message: 'region 42 is outside your scope', path: ['a'], extensions: { code, serviceName: 'organization', regionCode: '42' } });
    },
  );

  it('drops what may leak internals even from a known error', () => {
    const sut = maskError({ message: 'nope', extensions: { code: 'FORBIDDEN', stacktrace: ['at x'], response: { url: 'http://10.0.0.5:4101' } } });
    expect(sut.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it.each([undefined, 'INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR', 'SUBGRAPH_BAD_RESPONSE', 42])('masks code %s', (code) => {
    const sut = maskError({
      message: 'connect ECONNREFUSED 10.0.0.5:5432 (password=hunter2)',
      locations: [{ line: 1, column: 3 }],
      path: ['region', 'memberCount'],
      extensions: { code, serviceName: 'personnel', exception: { stacktrace: ['…'] } },
    });
    expect(sut).toEqual({
      message: GENERIC_ERROR_MESSAGE,
      locations: [{ line: 1, column: 3 }],
      path: ['region', 'memberCount'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'personnel' },
    });
  });
});
