/** How the browser tests find Chromium, and what they do without it: fail with how to install it, or skip. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM_PATHS, findChromium } from './support/chromium.js';

const onDisk =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findChromium', () => {
  it("prefers Debian's real binary to the /usr/bin wrapper", () => {
    expect(findChromium({}, onDisk(...DEFAULT_CHROMIUM_PATHS))).toEqual({
      status: 'found',
      executablePath: '/usr/lib/chromium/chromium',
    });
    expect(findChromium({}, onDisk('/usr/bin/chromium'))).toEqual({
      status: 'found',
      executablePath: '/usr/bin/chromium',
    });
  });

  it('uses LEVER_CHROMIUM when set, and reports it when nothing is there', () => {
    const env = { LEVER_CHROMIUM: '/opt/chrome/chrome' };
    expect(findChromium(env, onDisk('/opt/chrome/chrome', ...DEFAULT_CHROMIUM_PATHS))).toEqual({
      status: 'found',
      executablePath: '/opt/chrome/chrome',
    });
    const missing = findChromium(env, onDisk(...DEFAULT_CHROMIUM_PATHS));
    expect(missing).toMatchObject({ status: 'missing' });
    expect(missing.status === 'missing' && missing.message).toContain(
      'LEVER_CHROMIUM is set to "/opt/chrome/chrome"',
    );
  });

  it('fails without Chromium, saying how to install it', () => {
    const lookup = findChromium({}, onDisk());
    expect(lookup.status).toBe('missing');
    expect(lookup.status === 'missing' && lookup.message).toContain(
      'apt-get install -y --no-install-recommends chromium',
    );
  });

  it('skips with the reason when LEVER_SKIP_BROWSER=1', () => {
    const lookup = findChromium({ LEVER_SKIP_BROWSER: '1' }, onDisk());
    expect(lookup.status).toBe('skip');
    expect(lookup.status === 'skip' && lookup.reason).toMatch(
      /^skipped because LEVER_SKIP_BROWSER=1\. .*none was found/,
    );
    expect(findChromium({ LEVER_SKIP_BROWSER: '0' }, onDisk()).status).toBe('missing');
  });
});
