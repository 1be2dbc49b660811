#!/usr/bin/env node
// Runs a TypeScript entry point with ts-node (transpile only: `npm run typecheck` checks types)
// and the tsconfig path aliases, so tools and apps need no build step.
// Usage: node tools/run-ts.js path/to/entry.ts [args...]
const path = require('node:path');

const root = path.resolve(__dirname, '..');
process.env.TS_NODE_PROJECT ??= path.join(root, 'tsconfig.base.json');
process.env.TS_NODE_TRANSPILE_ONLY ??= 'true';
process.env.TS_NODE_FILES ??= 'true';
require('ts-node/register');
require('tsconfig-paths').register({
  baseUrl: root,
  paths: require(path.join(root, 'tsconfig.base.json')).compilerOptions.paths,
});

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-ts.js <entry.ts> [args...]');
  process.exit(2);
}
// Run it as the main module, so `require.main === module` holds in the entry point.
process.argv = [process.argv[0], path.resolve(entry), ...args];
require('node:module').runMain();
