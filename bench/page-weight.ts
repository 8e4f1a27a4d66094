/**
 * Page weight: each main page loaded once in headless Chromium with an empty cache, every response
 * recorded, and the bytes a first visit transfers reported gzipped, by type (HTML, CSS, JS, other)
 * and in total, HTML included. A body the server sent compressed counts as sent; a body sent as it
 * is counts as its gzip size at zlib's default level, what any compressing proxy or server would
 * send. Headers are left out. Target: at most 100 KB of JS + CSS, gzipped, per page.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { PERSONAS } from '../test/personas/personas.js';
import { printTable } from './stats.js';
import { launchChromium, PLAN_PERSONA, planPath, startBenchServer } from './web-setup.js';

const TARGET_KB = 100;
const KINDS = ['html', 'css', 'js', 'other'] as const;
type Kind = (typeof KINDS)[number];

const PAGES: readonly [string, string][] = [
  ['home', '/'],
  ['questionnaire', '/start'],
  ['plan (first persona)', planPath()],
  ['saved profiles', '/profiles'],
  ['library', '/library'],
  ['library item', '/library/mechanistic-interpretability'],
  ['field map', '/map'],
  ['experiments', '/experiments'],
  ['fit over time', '/fit'],
  ['asks', '/asks/new'],
  ['your data', '/settings'],
];

interface Weight {
  raw: Record<Kind, number>;
  gzip: Record<Kind, number>;
  files: number;
  compressedByServer: number;
}

function kindOf(contentType: string): Kind {
  if (contentType.startsWith('text/html')) return 'html';
  if (contentType.startsWith('text/css')) return 'css';
  if (/javascript/.test(contentType)) return 'js';
  return 'other';
}

const zero = (): Record<Kind, number> => ({ html: 0, css: 0, js: 0, other: 0 });

async function measureResponse(response: Response, weight: Weight): Promise<void> {
  if (response.status() >= 300 && response.status() < 400) return;
  if (response.status() !== 200) throw new Error(`${response.url()} answered ${response.status()}`);
  const headers = await response.allHeaders();
  const kind = kindOf(headers['content-type'] ?? '');
  const body = await response.body();
  const sent = headers['content-encoding']
    ? (await response.request().sizes()).responseBodySize
    : gzipSync(body).byteLength;
  // Added only after the last await, so that responses measured concurrently do not lose updates.
  weight.raw[kind] += body.byteLength;
  weight.gzip[kind] += sent;
  weight.files++;
  if (headers['content-encoding']) weight.compressedByServer++;
}

/** Loads `url` in a fresh context (no cache, no cookies) and weighs every response it got. */
async function weigh(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const weight: Weight = { raw: zero(), gzip: zero(), files: 0, compressedByServer: 0 };
  page.on('requestfinished', (request) => {
    pending.push(
      request.response().then((response) => (response ? measureResponse(response, weight) : undefined)),
    );
  });
  page.on('requestfailed', (request) => {
    pending.push(Promise.reject(new Error(`${request.url()} failed: ${request.failure()?.errorText}`)));
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return weight;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sum = (r: Record<Kind, number>) => KINDS.reduce((total, k) => total + r[k], 0);

const server = await startBenchServer();
const browser = await launchChromium();
try {
  console.log(
    `Page weight: headless Chromium ${browser.version()}, empty cache per page, Node ${process.version}; KB = 1,024 bytes, gzipped\n`,
  );
  const rows: string[][] = [];
  let worstAssets = 0;
  for (const [name, path] of PAGES) {
    const w = await weigh(browser, server.origin + path);
    const assets = w.gzip.css + w.gzip.js;
    worstAssets = Math.max(worstAssets, assets);
    rows.push([
      name,
      `${w.files} (${w.compressedByServer})`,
      ...KINDS.map((k) => kb(w.gzip[k])),
      kb(sum(w.gzip)),
      kb(sum(w.raw)),
      `${kb(assets)} ${assets <= TARGET_KB * 1024 ? 'ok' : 'OVER'}`,
    ]);
  }
  printTable(
    ['page', 'files (sent gzipped)', 'HTML', 'CSS', 'JS', 'other', 'total', 'total raw', 'JS+CSS'],
    rows,
  );

  // The plan page's HTML grows with the plan: weigh it for every persona (no browser needed).
  const planHtml = await Promise.all(
    PERSONAS.map(async (persona) => {
      const response = await fetch(server.origin + planPath(persona.profile));
      if (!response.ok) throw new Error(`plan for ${persona.id} answered ${response.status}`);
      return gzipSync(Buffer.from(await response.arrayBuffer())).byteLength;
    }),
  );
  planHtml.sort((a, b) => a - b);
  console.log(
    `\nPlan page HTML over the ${PERSONAS.length} personas: ${kb(planHtml[0] ?? 0)}–${kb(planHtml.at(-1) ?? 0)} KB gzipped (first persona: ${PLAN_PERSONA.id})`,
  );
  console.log(
    `Heaviest page JS+CSS: ${kb(worstAssets)} KB (target ≤ ${TARGET_KB} KB): ${worstAssets <= TARGET_KB * 1024 ? 'meets target' : 'MISSES target'}`,
  );
} finally {
  await browser.close();
  await server.close();
}
