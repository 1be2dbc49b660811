// Runs in the browser after React, ReactDOM and GraphiQL's UMD builds. Plain ES2017, no build step.
// GraphiQL sends its first schema load without the headers tab, so the token goes in through a
// wrapped fetch that every request (schema load included) passes through.
export const EXPLORER_SCRIPT = `(function () {
  'use strict';
  var STORAGE_KEY = 'grassroots.explorer.token';
  var endpoint = new URL('graphql', document.baseURI).toString();
  var input = document.getElementById('gr-token');
  var apply = document.getElementById('gr-apply');
  var status = document.getElementById('gr-status');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  var generation = 0;

  function readStored() {
    try { return window.localStorage.getItem(STORAGE_KEY) || ''; } catch (e) { return ''; }
  }
  function store(token) {
    try {
      if (token) window.localStorage.setItem(STORAGE_KEY, token);
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch (e) { /* private mode: the token lasts for this page only */ }
  }
  function currentToken() {
    return input.value.trim();
  }

  function authorizedFetch(url, init) {
    var options = Object.assign({}, init);
    var headers = new Headers(options.headers || {});
    var token = currentToken();
    if (token) headers.set('Authorization', 'Bearer ' + token);
    options.headers = headers;
    return window.fetch(url, options);
  }

  var fetcher = GraphiQL.createFetcher({ url: endpoint, fetch: authorizedFetch, enableIncrementalDelivery: false });

  function render() {
    status.textContent = currentToken() ? '已设置令牌' : '未设置令牌：请求将被拒绝 (401)';
    // A new key remounts GraphiQL, which reloads the schema with the new token.
    root.render(React.createElement(GraphiQL, {
      key: 'token-' + generation,
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      defaultQuery: '# 党建引领基层治理平台 GraphQL\\n# 在上方填入访问令牌 (npm run token)，每个请求都会带上它。\\n{\\n  __typename\\n}\\n'
    }));
  }

  function applyToken() {
    store(currentToken());
    generation += 1;
    render();
  }

  input.value = readStored();
  apply.addEventListener('click', applyToken);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') applyToken();
  });
  render();
})();
`;
