import { describe, expect, it } from 'vitest';
import { copiedRuns } from '../../../test/kb/checks/own-words.js';
import { POST_FILE, readSharedFile } from '../../../test/kb/shared-dir.js';
import { buildAsk } from '../journal/testing/builders.js';
import { askChecks } from './checks.js';

const byId = (ask: Parameters<typeof askChecks>[0]) =>
  Object.fromEntries(askChecks(ask).map((c) => [c.id, c]));

describe('askChecks', () => {
  it('passes a complete ask on every check, each citing the lab governance advice', () => {
    const checks = askChecks(buildAsk());
    expect(checks.map((c) => c.id)).toEqual(['concrete', 'steps', 'owner', 'cost']);
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(new Set(checks.map((c) => c.principle))).toEqual(new Set(['concrete-asks']));
    expect(byId(buildAsk()).steps?.text).toBe('It lists 3 specific steps the lab would take.');
  });

  it('flags a slogan as not concrete', () => {
    const slogan = byId(buildAsk({ ask: 'Care more about safety!' })).concrete;
    expect(slogan?.ok).toBe(false);
    expect(slogan?.text).toMatch(/slogan/);
    expect(
      byId(buildAsk({ ask: 'Publish the results of every dangerous capability evaluation you run.' }))
        .concrete?.ok,
    ).toBe(true);
  });

  it('does not count punctuation as words', () => {
    expect(byId(buildAsk({ ask: 'Be safe - - - - - - - - !' })).concrete?.ok).toBe(false);
  });

  it('asks for steps when there are none, and for more than one', () => {
    expect(byId(buildAsk({ steps: [] })).steps).toMatchObject({
      ok: false,
      text: expect.stringMatching(/^List the specific steps/),
    });
    expect(byId(buildAsk({ steps: ['Do it'] })).steps).toMatchObject({
      ok: false,
      text: expect.stringMatching(/^Only one step/),
    });
    expect(byId(buildAsk({ steps: ['Do it', '  '] })).steps?.ok).toBe(false);
  });

  it('asks for someone who has agreed to lead it', () => {
    expect(byId(buildAsk({ owner: null })).owner?.ok).toBe(false);
    expect(byId(buildAsk({ owner: '  ' })).owner?.ok).toBe(false);
  });

  it('asks what the lab gives up', () => {
    expect(byId(buildAsk({ cost: null })).cost).toMatchObject({
      ok: false,
      text: expect.stringMatching(/give up/),
    });
  });

  it('speaks in Lever’s own words', () => {
    const empty = buildAsk({ ask: 'x', steps: [], owner: null, cost: null });
    const texts = [...askChecks(buildAsk()), ...askChecks(empty), ...askChecks(buildAsk({ steps: ['a'] }))];
    const fields = texts.map((c) => ({ where: c.id, text: c.text }));
    expect(copiedRuns(fields, readSharedFile(POST_FILE))).toEqual([]);
  });
});
