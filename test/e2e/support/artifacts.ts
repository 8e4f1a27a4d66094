/** Files the browser tests leave for people to look at: screenshots and accessibility reports. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** test-artifacts/ at the project root (gitignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

function artifactPath(...parts: string[]): string {
  const path = join(ARTIFACTS_DIR, ...parts);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** Saves the whole page as test-artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: artifactPath('screenshots', `${name}.png`), fullPage: true });
}

/** Saves a JSON report as test-artifacts/<folder>/<name>.json. */
export function writeReport(folder: string, name: string, value: unknown): void {
  writeFileSync(artifactPath(folder, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
}
