/**
 * The pages with odd ids and query values: every id in a page's path and every value of its query
 * string replaced by nasty ones (NUL, malformed escapes, lone surrogates, markup, 60,000
 * characters, broken share links). No answer may be a server error or take seconds, and any page
 * that echoes the value must show it as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, send, type World } from './api-world.js';
import { NASTY_SEGMENTS } from './hostile-http.js';
import { expectSafeHtml } from './markup-safety.js';

/** Page addresses with X where a nasty value goes. */
const TEMPLATES = [
  '/profiles/X',
  '/profiles/X/rename',
  '/profiles/X/delete',
  '/experiments/X',
  '/experiments/X/delete',
  '/experiments?done=X',
  '/expertise/X',
  '/expertise/X.ics',
  '/asks/X',
  '/asks/X.md',
  '/asks/X/delete',
  '/library/X',
  '/library?q=X&kind=X',
  '/plan?p=X',
  '/plan.md?p=X',
  '/plan.json?p=X',
  '/start?p=X',
  '/compare?a=X&b=X',
  '/fit?profile=X',
];

/** Share-link values that are not base64url JSON of a profile. */
const BROKEN_SHARE_LINKS = [
  '',
  '!!!',
  'e30',
  'bnVsbA',
  'W10',
  `eyJub3RlcyI6Ij${'A'.repeat(60_000)}`,
  'eyJzdGFnZSI6MX0',
];

let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(() => world.close());

describe('pages with odd ids and query values', () => {
  it('answer safely and quickly, echoing nothing as markup', async () => {
    const values = [
      ...NASTY_SEGMENTS,
      encodeURIComponent('"><script>alert(1)</script>'),
      ...BROKEN_SHARE_LINKS,
    ];
    for (const template of TEMPLATES) {
      for (const value of values) {
        const url = template.replaceAll('X', value);
        const response = await send(world.app, { method: 'GET', url });
        const context = `${url.slice(0, 120)} → ${response.status}`;
        expect(response.status, context).toBeLessThan(500);
        expect(response.ms, context).toBeLessThan(3000);
        if (response.contentType.startsWith('text/html')) {
          expectSafeHtml(response.text, context);
          expect(response.text, context).not.toContain('<script>alert(1)');
        }
      }
    }
  }, 60_000);
});
