import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The explorer's scripts and styles, served from node_modules: county networks are air-gapped,
// so nothing may come from a CDN (NOTES §4). graphiql 4.1.2 is the last release with a UMD build.
export type ExplorerAsset = { file: string; contentType: string };

export const EXPLORER_ASSET_PATH = 'explorer/assets';

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

// Through package.json: graphiql's `exports` map hides its UMD build from require.resolve.
const inPackage = (name: string, ...path: string[]) => join(dirname(require.resolve(`${name}/package.json`)), ...path);

/** Asset name → file; throws naming the package when an install lacks a UMD build. */
export function explorerAssets(): Readonly<Record<string, ExplorerAsset>> {
  const assets: Record<string, ExplorerAsset> = {
    'react.production.min.js': { file: inPackage('react', 'umd', 'react.production.min.js'), contentType: JS },
    'react-dom.production.min.js': { file: inPackage('react-dom', 'umd', 'react-dom.production.min.js'), contentType: JS },
    'graphiql.umd.js': { file: inPackage('graphiql', 'dist', 'index.umd.js'), contentType: JS },
    'graphiql.css': { file: inPackage('graphiql', 'dist', 'style.css'), contentType: CSS },
  };
  const missing = Object.values(assets).filter(({ file }) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`explorer assets missing (need react 18 and graphiql 4.1.2 UMD builds): ${missing.map((a) => a.file).join(', ')}`);
  }
  return assets;
}
