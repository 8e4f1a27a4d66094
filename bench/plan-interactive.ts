/**
 * Plan page, time to interactive: the plan for the first persona loaded in headless Chromium, a
 * fresh browser context (empty cache) each run, timed from navigation start (Navigation Timing)
 * to first contentful paint, DOMContentLoaded, the load event, and the moment the plan island is
 * ready. The island (client/plan.ts) un-hides the Print and Copy buttons in the same task that
 * wires their click handlers, so "ready" is when a MutationObserver, installed before any page
 * script runs, sees both buttons shown. Each run then clicks Copy and checks that the page answers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { percentile, printTable } from './stats.js';
import { launchChromium, PLAN_PERSONA, planPath, startBenchServer } from './web-setup.js';

const WARMUP_RUNS = 3;
const RUNS = 15;
const YARDSTICK_PAGE = '<!doctype html><html lang="en"><title>Yardstick</title><p>Hello.</p></html>';

/** Runs in the page before its own scripts; plain JavaScript, as the browser receives it. */
const READY_PROBE = `(() => {
  const shown = (id) => { const el = document.getElementById(id); return el !== null && !el.hidden; };
  const check = () => {
    if (window.__islandReady === undefined && shown('print-plan') && shown('copy-share')) {
      window.__islandReady = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { attributes: true, attributeFilter: ['hidden'], subtree: true });
})();`;

/** Milliseconds from navigation start, read in the page once it has loaded. */
const TIMINGS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const assets = performance.getEntriesByType('resource').filter((r) => /\\.(css|js)\\b/.test(r.name));
  return {
    response: nav.responseEnd,
    assets: assets.length > 0 ? Math.max(...assets.map((r) => r.responseEnd)) : NaN,
    fcp: fcp ? fcp.startTime : NaN,
    dcl: nav.domContentLoadedEventStart,
    load: nav.loadEventStart,
    ready: window.__islandReady ?? NaN,
  };
})()`;

type Timings = Record<'response' | 'assets' | 'fcp' | 'dcl' | 'load' | 'ready', number>;
const COLUMNS: readonly [keyof Timings, string][] = [
  ['response', 'HTML received'],
  ['assets', 'stylesheet and island received'],
  ['fcp', 'first contentful paint'],
  ['dcl', 'DOMContentLoaded'],
  ['load', 'load event'],
  ['ready', 'island ready (buttons shown and wired)'],
];

/** One load of the plan page (`island` true) or of the yardstick page, in a fresh context. */
async function runOnce(browser: Browser, url: string, island: boolean): Promise<Timings> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ content: READY_PROBE });
  await page.goto(url, { waitUntil: 'load' });
  // A paint entry can land just after `load`; wait for it, and for the island, briefly.
  const paint = "performance.getEntriesByName('first-contentful-paint').length > 0";
  await page.waitForFunction(island ? `window.__islandReady !== undefined && ${paint}` : paint, undefined, {
    timeout: 5000,
  });
  const timings = (await page.evaluate(TIMINGS)) as Timings;
  if (island) {
    // The buttons respond: Copy either copies or selects the link, and says which in #copy-status.
    await page.click('#copy-share');
    await page.waitForFunction(
      "document.getElementById('copy-status').textContent.trim() !== ''",
      undefined,
      {
        timeout: 5000,
      },
    );
  }
  await context.close();
  return timings;
}

/** The yardstick: a one-line page with no stylesheet or script, from bare node:http. */
async function startYardstick(): Promise<[Server, string]> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(YARDSTICK_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return [server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`];
}

const median = (runs: readonly Timings[], key: keyof Timings) =>
  percentile(
    runs.map((r) => r[key]).sort((a, b) => a - b),
    50,
  );
const ms = (x: number | undefined) => `${(x ?? Number.NaN).toFixed(1)} ms`;

const server = await startBenchServer();
const [yardstick, yardstickUrl] = await startYardstick();
const browser = await launchChromium();
try {
  const url = server.origin + planPath();
  for (let i = 0; i < WARMUP_RUNS; i++) {
    await runOnce(browser, yardstickUrl, false);
    await runOnce(browser, url, true);
  }
  // Alternating, so that a burst of load on the shared machine slows both alike.
  const runs: Timings[] = [];
  const bare: Timings[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await runOnce(browser, yardstickUrl, false));
    runs.push(await runOnce(browser, url, true));
  }
  console.log(
    `Plan page time to interactive: headless Chromium ${browser.version()}, Node ${process.version}, ` +
      `persona ${PLAN_PERSONA.id}, fresh context each run, ${WARMUP_RUNS} warm-up runs, ${RUNS} timed runs\n`,
  );
  printTable(
    ['from navigation start to', 'median', 'p90', 'fastest', 'slowest'],
    COLUMNS.map(([key, label]) => {
      const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
      return [
        label,
        ms(percentile(sorted, 50)),
        ms(percentile(sorted, 90)),
        ms(sorted[0]),
        ms(sorted.at(-1)),
      ];
    }),
  );
  console.log('\nEvery run: Copy clicked after the timings, and the page announced the result.');
  console.log(
    `Yardstick, a one-line page with no stylesheet or script in the same browser, alternating with the plan: ` +
      `first contentful paint ${ms(median(bare, 'fcp'))}, DOMContentLoaded ${ms(median(bare, 'dcl'))}, load ${ms(median(bare, 'load'))} (medians)`,
  );
} finally {
  await browser.close();
  await server.close();
  yardstick.close();
}
