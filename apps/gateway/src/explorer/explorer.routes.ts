import { type Request, type Response, Router } from 'express';
import { EXPLORER_ASSET_PATH, explorerAssets } from './explorer-assets';
import { EXPLORER_CSP, EXPLORER_SCRIPT_NAME, explorerPage } from './explorer.page';
import { EXPLORER_SCRIPT } from './explorer.script';

/** The offline GraphiQL: `GET /`, `GET /graphql` from a browser, and its assets. */
export function explorerRoutes(): Router {
  const assets = explorerAssets();
  const page = explorerPage();
  const router = Router();

  const sendPage = (_req: Request, res: Response) => {
    res
      .set({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': EXPLORER_CSP, 'cache-control': 'no-cache' })
      .send(page);
  };
  router.get('/', sendPage);
  // Browsers ask for HTML; GraphQL clients doing GET ask for JSON and go on to Apollo.
  router.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html') sendPage(req, res);
    else next();
  });

  router.get(`/${EXPLORER_ASSET_PATH}/${EXPLORER_SCRIPT_NAME}`, (_req, res) => {
    res.set({ 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }).send(EXPLORER_SCRIPT);
  });
  router.get(`/${EXPLORER_ASSET_PATH}/:name`, (req, res, next) => {
    const asset = Object.hasOwn(assets, req.params.name) ? assets[req.params.name] : undefined;
    if (!asset) {
      next();
      return;
    }
    // Revalidated by ETag: the files change only when node_modules does.
    res.sendFile(asset.file, { headers: { 'content-type': asset.contentType, 'cache-control': 'no-cache' } });
  });
  return router;
}
