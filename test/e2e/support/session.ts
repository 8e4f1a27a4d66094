/**
 * One browser session per test file: the real server on a fresh data directory and one Chromium,
 * started before the file's tests and stopped after them. Each test gets fresh browser contexts
 * (no cookies, no storage), closed after it; a failing test leaves screenshots of its pages.
 *
 * Without Chromium every test fails, saying how to install it; with LEVER_SKIP_BROWSER=1 every
 * test is skipped with that reason.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { screenshot } from './artifacts.js';
import { findChromium, launchChromium } from './chromium.js';
import { startTestServer, type TestServer } from './server.js';

/** Generous: a busy two-core machine can be slow to lay out a long page. */
const ACTION_TIMEOUT_MS = 30_000;
const NAVIGATION_TIMEOUT_MS = 60_000;

export interface BrowserSession {
  /** False when the browser tests fail or are skipped for want of Chromium (see beforeEach). */
  readonly available: boolean;
  readonly server: TestServer;
  /** A new, empty browser context (no cookies, no storage), closed after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a new context. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

export function useBrowserSession(): BrowserSession {
  const lookup = findChromium();
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  const contexts: BrowserContext[] = [];
  /** Uncaught script errors in the test's pages: an island that throws fails the test. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (lookup.status !== 'found') return;
    server = await startTestServer();
    browser = await launchChromium(lookup.executablePath);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach((context) => {
    if (lookup.status === 'skip') context.skip(lookup.reason);
    if (lookup.status === 'missing') throw new Error(lookup.message);
  });

  afterEach(async (context) => {
    const open = contexts.splice(0);
    const errors = pageErrors.splice(0);
    if (context.task.result?.state === 'fail') {
      const pages = open.flatMap((c) => c.pages());
      for (const [index, page] of pages.entries()) {
        await screenshot(page, `failed-${slug(context.task.name)}-${index + 1}`).catch(() => undefined);
      }
    }
    await Promise.all(open.map((c) => c.close()));
    if (errors.length > 0) throw new Error(`Script errors in the page:\n${errors.join('\n')}`);
  });

  const newContext = async (options: BrowserContextOptions = {}) => {
    if (!browser) throw new Error('the browser did not start (see the error of beforeAll)');
    const context = await browser.newContext(options);
    contexts.push(context);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
    context.on('weberror', (error) => pageErrors.push(String(error.error())));
    return context;
  };

  return {
    available: lookup.status === 'found',
    get server() {
      if (!server) throw new Error('the server did not start (see the error of beforeAll)');
      return server;
    },
    newContext,
    async newPage(options) {
      return (await newContext(options)).newPage();
    },
  };
}
