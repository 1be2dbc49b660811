import { EXPLORER_ASSET_PATH } from './explorer-assets';

export const EXPLORER_TITLE = '党建引领基层治理平台 · GraphQL';
export const EXPLORER_SCRIPT_NAME = 'explorer.js';

// Every URL is relative, so the page works at `/`, at `/graphql` and behind a path prefix.
const asset = (name: string) => `${EXPLORER_ASSET_PATH}/${name}`;

// Only this origin: the page must work, and leak nothing, on an air-gapped network.
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // GraphiQL sets inline styles on its panes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function explorerPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${EXPLORER_TITLE}</title>
  <link rel="stylesheet" href="${asset('graphiql.css')}">
  <style>
    html, body { height: 100%; margin: 0; }
    body { display: flex; flex-direction: column; font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
    .gr-bar { display: flex; gap: 8px; align-items: center; padding: 6px 12px; background: #b71c1c; color: #fff; font-size: 14px; }
    .gr-bar strong { margin-right: auto; }
    .gr-bar input { width: min(48ch, 50vw); padding: 4px 6px; font-family: monospace; }
    .gr-bar button { padding: 4px 12px; cursor: pointer; }
    #gr-status { min-width: 12ch; opacity: 0.9; }
    #graphiql { flex: 1; min-height: 0; }
  </style>
</head>
<body>
  <header class="gr-bar">
    <strong>${EXPLORER_TITLE}</strong>
    <label for="gr-token">访问令牌</label>
    <input id="gr-token" type="password" autocomplete="off" spellcheck="false" placeholder="Bearer 令牌，例如 npm run token -- --role analyst --region 421181">
    <button id="gr-apply" type="button">应用</button>
    <span id="gr-status" role="status"></span>
  </header>
  <main id="graphiql">正在加载…</main>
  <script src="${asset('react.production.min.js')}"></script>
  <script src="${asset('react-dom.production.min.js')}"></script>
  <script src="${asset('graphiql.umd.js')}"></script>
  <script src="${asset(EXPLORER_SCRIPT_NAME)}"></script>
</body>
</html>
`;
}
