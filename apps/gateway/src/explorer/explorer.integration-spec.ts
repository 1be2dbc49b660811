import { type GatewayFixture, startGatewayFixture } from '../testing/gateway-fixture';
import { EXPLORER_TITLE } from './explorer.page';

describe('offline explorer', () => {
  let sut: GatewayFixture;
  let page: string;

  beforeAll(async () => {
    sut = await startGatewayFixture();
    page = await (await fetch(`${sut.gateway.url}/`)).text();
  });
  afterAll(() => sut?.stop());

  const assetUrls = () => [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, url]) => new URL(url, `${sut.gateway.url}/`));

  it('serves an HTML page titled in Chinese, with a token box', async () => {
    const response = await fetch(`${sut.gateway.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page).toContain(`<title>${EXPLORER_TITLE}</title>`);
    expect(page).toContain('id="gr-token"');
  });

  it('references nothing outside its own origin, and forbids it by policy', async () => {
    const external = (page.match(/https?:\/\/[^\s"'<>)]+/g) ?? []).filter((url) => !url.startsWith(sut.gateway.url));
    expect(external).toEqual([]);
    expect(assetUrls().every((url) => url.origin === new URL(sut.gateway.url).origin)).toBe(true);
    const csp = (await fetch(`${sut.gateway.url}/`)).headers.get('content-security-policy');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
  });

  it('loads React 18, ReactDOM, GraphiQL and its CSS from its own asset routes', async () => {
    const urls = assetUrls();
    expect(urls.map((url) => url.pathname)).toEqual([
      '/explorer/assets/graphiql.css',
      '/explorer/assets/react.production.min.js',
      '/explorer/assets/react-dom.production.min.js',
      '/explorer/assets/graphiql.umd.js',
      '/explorer/assets/explorer.js',
    ]);
    for (const url of urls) {
      const response = await fetch(url);
      const body = await response.text();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(url.pathname.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect(body.length).toBeGreaterThan(1000);
    }
    const react = await (await fetch(urls[1])).text();
    // A boolean, so a failure does not print 10 KB of minified React.
    expect(react.includes('version="18.3.1"')).toBe(true);
  });

  it('puts the token box value on every request, the schema load included', async () => {
    const script = await (await fetch(new URL('/explorer/assets/explorer.js', sut.gateway.url))).text();
    expect(script).toContain("headers.set('Authorization', 'Bearer ' + token)");
    expect(script).toContain('GraphiQL.createFetcher({ url: endpoint, fetch: authorizedFetch');
    expect(script).toContain('localStorage');
  });

  it('answers a browser at /graphql with the page, and a GraphQL GET with GraphQL', async () => {
    const browser = await fetch(`${sut.gateway.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(browser.status).toBe(200);
    expect(await browser.text()).toContain(EXPLORER_TITLE);

    const client = await fetch(`${sut.gateway.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${await sut.token()}`, 'apollo-require-preflight': 'true' },
    });
    expect(client.status).toBe(200);
    expect(await client.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers an unknown asset with 404', async () => {
    expect((await fetch(`${sut.gateway.url}/explorer/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${sut.gateway.url}/explorer/assets/toString`)).status).toBe(404);
  });
});
