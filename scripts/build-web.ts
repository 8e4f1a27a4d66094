/**
 * Builds the web app's static assets into dist/web/assets: each top-level file of src/web/client
 * is one island (its own small ES module, so a page loads only what it uses), each stylesheet a
 * page links to is bundled from its partials and minified, and other files (icons) are copied.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../src/content/project-root.js';

const root = projectRoot();
const clientDir = join(root, 'src', 'web', 'client');
const assetsDir = join(root, 'src', 'web', 'assets');
const outDir = join(root, 'dist', 'web', 'assets');

/** Islands are the top-level .ts files; shared helpers live in subfolders and are bundled in. */
const islands = readdirSync(clientDir, { withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.(d|test)\.ts$/.test(entry.name))
  .map((entry) => join(clientDir, entry.name));

/**
 * The stylesheets pages link to; the partials they @import (css/, map.css, and uPlot's stylesheet
 * for fit.css) are bundled into them. Everything else at the top level of src/web/assets (icons)
 * is served as it is.
 */
const STYLESHEETS = ['styles.css', 'library.css', 'fit.css'];
const copied = readdirSync(assetsDir, { withFileTypes: true }).filter(
  (entry) => entry.isFile() && !entry.name.endsWith('.css'),
);

try {
  // Start clean so an island or icon that was removed is not served from a stale build.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await Promise.all([
    build({
      entryPoints: islands,
      outdir: outDir,
      bundle: true,
      format: 'esm',
      target: ['es2020'],
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
    }),
    build({
      entryPoints: STYLESHEETS.map((name) => join(assetsDir, name)),
      outdir: outDir,
      bundle: true,
      minify: true,
      target: ['chrome100', 'firefox100', 'safari15'],
      logLevel: 'warning',
    }),
  ]);
  for (const entry of copied) copyFileSync(join(assetsDir, entry.name), join(outDir, entry.name));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
