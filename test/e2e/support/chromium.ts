/**
 * Finding and launching the Chromium the browser tests drive. They use the system's Chromium
 * (Debian's `chromium` package) through playwright-core, so no browser is ever downloaded.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Debian's package puts the real binary; /usr/bin/chromium is a shell wrapper around it. */
export const DEFAULT_CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'] as const;

/** Headless, no sandbox (containers, root), and nothing that reaches out to the network on its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

export const SKIP_VARIABLE = 'LEVER_SKIP_BROWSER';
export const PATH_VARIABLE = 'LEVER_CHROMIUM';

/** What to do about the browser: use this Chromium, skip the browser tests, or fail saying why. */
export type ChromiumLookup =
  | { status: 'found'; executablePath: string }
  | { status: 'skip'; reason: string }
  | { status: 'missing'; message: string };

type Env = Readonly<Record<string, string | undefined>>;

const HOW_TO_INSTALL =
  'Install it with `apt-get install -y --no-install-recommends chromium` (Debian or Ubuntu, as root), ' +
  `or point ${PATH_VARIABLE} at a Chromium or Chrome binary. ` +
  `To skip the browser tests instead, set ${SKIP_VARIABLE}=1.`;

/**
 * The Chromium to use: LEVER_CHROMIUM when set (it must exist), else the first default that
 * exists. LEVER_SKIP_BROWSER=1 skips the browser tests, saying whether a Chromium was there.
 */
export function findChromium(
  env: Env = process.env,
  exists: (path: string) => boolean = existsSync,
): ChromiumLookup {
  const chosen = env[PATH_VARIABLE]?.trim();
  const executablePath = chosen ? (exists(chosen) ? chosen : undefined) : DEFAULT_CHROMIUM_PATHS.find(exists);
  const problem = chosen
    ? `${PATH_VARIABLE} is set to "${chosen}", but no file is there.`
    : `The browser tests need Chromium, and none was found at ${DEFAULT_CHROMIUM_PATHS.join(' or ')}.`;
  if (env[SKIP_VARIABLE] === '1') {
    const found = executablePath ? `Chromium is at ${executablePath}.` : problem;
    return { status: 'skip', reason: `skipped because ${SKIP_VARIABLE}=1. ${found}` };
  }
  if (executablePath) return { status: 'found', executablePath };
  return { status: 'missing', message: `${problem} ${HOW_TO_INSTALL}` };
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS], timeout: 90_000 });
}
