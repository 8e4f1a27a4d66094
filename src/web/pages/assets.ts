/**
 * The web app's static files (the stylesheet, the islands, the icon), built into dist/web/assets.
 * They are few and small, so they are read once into memory with a content hash: pages link to
 * `/assets/name?v=hash`, which browsers may cache for good, because a new build changes the hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { projectRoot } from '../../content/project-root.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.css', '.js', '.svg']);

export interface Asset {
  body: Uint8Array<ArrayBuffer>;
  /** The gzip-compressed body, when compressing pays off. */
  gzip?: Uint8Array<ArrayBuffer>;
  type: string;
  /** A short hash of the content: the cache-busting version and the ETag. */
  hash: string;
}

export interface AssetBundle {
  get(name: string): Asset | undefined;
  /** The URL of an asset with its version, for pages to link to. */
  href(name: string): string;
}

/** Where the build puts the assets. */
export function builtAssetsDir(): string {
  return join(projectRoot(), 'dist', 'web', 'assets');
}

/** Reads every asset in `dir`; a missing directory gives an empty bundle (pages still render). */
export function loadAssets(dir: string): AssetBundle {
  const assets = new Map<string, Asset>();
  const names = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [];
  for (const entry of names) {
    const type = CONTENT_TYPES[extname(entry.name)];
    if (!entry.isFile() || !type) continue;
    const body = new Uint8Array(readFileSync(join(dir, entry.name)));
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 12);
    const asset: Asset = { body, type, hash };
    if (COMPRESSIBLE.has(extname(entry.name))) {
      const gzip = new Uint8Array(gzipSync(body, { level: 9 }));
      if (gzip.byteLength < body.byteLength) asset.gzip = gzip;
    }
    assets.set(entry.name, asset);
  }
  return {
    get: (name) => assets.get(name),
    href: (name) => {
      const asset = assets.get(name);
      return asset ? `/assets/${name}?v=${asset.hash}` : `/assets/${name}`;
    },
  };
}

let shared: AssetBundle | undefined;

/** The built assets, read on first use and kept for the life of the process. */
export function sharedAssets(): AssetBundle {
  shared ??= loadAssets(builtAssetsDir());
  return shared;
}

/** "/assets/styles.css" → "/assets/styles.css?v=…"; other URLs are returned unchanged. */
export function versioned(href: string): string {
  const prefix = '/assets/';
  if (!href.startsWith(prefix) || href.includes('?')) return href;
  return sharedAssets().href(href.slice(prefix.length));
}

/** GET /assets/:name with its content type, ETag, gzip when accepted, and caching by version. */
export function assetRoutes(bundle: AssetBundle = sharedAssets()): Hono {
  const app = new Hono();
  app.get('/assets/:name', (c) => {
    const asset = bundle.get(c.req.param('name'));
    if (!asset) return c.text('Not found', 404);
    const etag = `"${asset.hash}"`;
    // A URL with the current version never changes; any other URL must be checked each time.
    const cache =
      c.req.query('v') === asset.hash
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate';
    const headers: Record<string, string> = {
      'Content-Type': asset.type,
      'Cache-Control': cache,
      ETag: etag,
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    if (asset.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      return c.body(asset.gzip, 200, { ...headers, 'Content-Encoding': 'gzip' });
    }
    return c.body(asset.body, 200, headers);
  });
  return app;
}
