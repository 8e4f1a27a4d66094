/**
 * Bundles the compiled command-line program into dist/cli, which `bin/lever.js` runs. Unbundled,
 * a journal command opened about 480 module files (260 of them the SQL query builder's) before it
 * did any work; bundled, the same command loads a handful of chunks. Code splitting keeps every
 * lazy `import()` lazy, so a command still loads only what it uses (tests read the metafile written
 * beside the bundle to check which chunks hold the validation library and the search engine).
 * Native and optional drivers stay outside, loaded from node_modules as before.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../src/content/project-root.js';

const root = projectRoot();
const outDir = join(root, 'dist', 'cli');

/** Packages with native code or their own loading logic: resolved from node_modules at run time. */
const EXTERNAL = ['better-sqlite3', 'pg', 'playwright-core'];

/**
 * Bundled CommonJS packages may `require` Node's own modules; an ES module has no `require`, so
 * the bundle gets one, made for its own location.
 */
const REQUIRE_SHIM =
  "import { createRequire as leverCreateRequire } from 'node:module';\nconst require = leverCreateRequire(import.meta.url);";

try {
  // Start clean so a chunk of an earlier build is never loaded by mistake.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: { main: join(root, 'dist', 'src', 'cli', 'main.js') },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: REQUIRE_SHIM },
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(join(outDir, 'meta.json'), JSON.stringify(result.metafile));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
