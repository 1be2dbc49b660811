import { runInNewContext } from 'node:vm';
import { EXPLORER_SCRIPT } from './explorer.script';

type Rendered = { type: unknown; props: { key: string; fetcher: (params: object) => Promise<unknown> } };
type Listener = (event?: { key: string }) => void;

// Runs the browser script against stand-ins for the DOM and for GraphiQL's createFetcher, which
// (in 4.1.2) calls `fetch(url, { method, body, headers: {plain object} })` for every request.
function loadExplorer(stored: string | null) {
  const storage = new Map<string, string>(stored ? [['grassroots.explorer.token', stored]] : []);
  const listeners: Record<string, Record<string, Listener>> = { 'gr-token': {}, 'gr-apply': {} };
  const element = (id: string) => ({
    value: '',
    textContent: '',
    addEventListener: (type: string, listener: Listener) => (listeners[id][type] = listener),
  });
  const elements: Record<string, ReturnType<typeof element>> = {
    'gr-token': element('gr-token'),
    'gr-apply': element('gr-apply'),
    'gr-status': element('gr-status'),
    graphiql: element('graphiql'),
  };
  const requests: { url: string; authorization: string | null; contentType: string | null }[] = [];
  const rendered: Rendered[] = [];
  const window = {
    localStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
      removeItem: (key: string) => void storage.delete(key),
    },
    fetch: async (url: string, init: { headers: Headers }) => {
      requests.push({ url, authorization: init.headers.get('authorization'), contentType: init.headers.get('content-type') });
      return { json: async () => ({ data: {} }) };
    },
  };
  const GraphiQL = Object.assign(() => null, {
    createFetcher: (options: { url: string; fetch: (url: string, init: object) => Promise<{ json(): Promise<unknown> }> }) => async (params: object) =>
      (await options.fetch(options.url, { method: 'POST', body: JSON.stringify(params), headers: { 'content-type': 'application/json' } })).json(),
  });
  runInNewContext(EXPLORER_SCRIPT, {
    window,
    document: { baseURI: 'http://gateway.test/', getElementById: (id: string) => elements[id] },
    URL,
    Headers,
    React: { createElement: (type: unknown, props: Rendered['props']) => ({ type, props }) },
    ReactDOM: { createRoot: () => ({ render: (element: Rendered) => rendered.push(element) }) },
    GraphiQL,
  });
  const latest = () => rendered[rendered.length - 1];
  return { storage, listeners, elements, requests, rendered, latest };
}

describe('explorer script', () => {
  it('sends the remembered token on the very first request, the schema load', async () => {
    const sut = loadExplorer('remembered-token');
    await sut.latest().props.fetcher({ query: 'query IntrospectionQuery { __schema { types { name } } }', operationName: 'IntrospectionQuery' });
    expect(sut.elements['gr-token'].value).toBe('remembered-token');
    expect(sut.requests).toEqual([{ url: 'http://gateway.test/graphql', authorization: 'Bearer remembered-token', contentType: 'application/json' }]);
  });

  it('applies a new token to every later request, remembers it, and reloads GraphiQL', async () => {
    const sut = loadExplorer(null);
    const firstKey = sut.latest().props.key;
    sut.elements['gr-token'].value = '  fresh-token ';
    sut.listeners['gr-apply'].click();

    expect(sut.storage.get('grassroots.explorer.token')).toBe('fresh-token');
    expect(sut.latest().props.key).not.toBe(firstKey);
    await sut.latest().props.fetcher({ query: '{ __typename }' });
    expect(sut.requests.at(-1)?.authorization).toBe('Bearer fresh-token');
  });

  it('applies on Enter in the token box, and sends no header when the box is empty', async () => {
    const sut = loadExplorer('old');
    sut.elements['gr-token'].value = '';
    sut.listeners['gr-token'].keydown({ key: 'Enter' });
    expect(sut.storage.has('grassroots.explorer.token')).toBe(false);
    await sut.latest().props.fetcher({ query: '{ __typename }' });
    expect(sut.requests.at(-1)?.authorization).toBeNull();
    expect(sut.elements['gr-status'].textContent).toContain('未设置令牌');
  });
});
