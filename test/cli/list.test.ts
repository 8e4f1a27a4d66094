import { describe, expect, it } from 'vitest';
import { ANSI, compiledKb, lever, leverJson } from './run-lever.js';

const KINDS = [
  'principles',
  'paths',
  'directions',
  'resources',
  'clusters',
  'topics',
  'tracks',
  'fit-tests',
] as const;
const KB_KEYS: Record<(typeof KINDS)[number], string> = {
  principles: 'principles',
  paths: 'paths',
  directions: 'directions',
  resources: 'resources',
  clusters: 'clusters',
  topics: 'topics',
  tracks: 'tracks',
  'fit-tests': 'fitTests',
};

describe('lever list', () => {
  it.each(KINDS)('lists every %s by id and title', (kind) => {
    const items = compiledKb()[KB_KEYS[kind]] as { id: string; title: string }[];
    const run = lever(['list', kind]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(run.stdout).toContain(item.id);
    expect(run.stdout).toContain(`(${items.length})`);
  });

  it('accepts the singular and any case', () => {
    expect(lever(['list', 'Direction']).stdout).toBe(lever(['list', 'directions']).stdout);
  });

  it('groups directions by tier, in the order of the post', () => {
    const out = lever(['list', 'directions']).stdout;
    const primary = out.indexOf('Primary');
    const secondary = out.indexOf('Secondary');
    const overrated = out.indexOf('Overrated by newcomers');
    expect(primary).toBeGreaterThan(-1);
    expect(secondary).toBeGreaterThan(primary);
    expect(overrated).toBeGreaterThan(secondary);
    expect(out.indexOf('scalable-oversight')).toBeLessThan(secondary);
    expect(out.indexOf('evaluations')).toBeGreaterThan(secondary);
    expect(out.indexOf('myopia')).toBeGreaterThan(overrated);
  });

  it('groups topics by cluster, numbered as in the post', () => {
    const out = lever(['list', 'topics']).stdout;
    expect(out).toMatch(/Compute governance \(compute-governance\)\n\s+1\. gpu-tamper-evident-logging/);
    expect(out).toMatch(/Security \(security\)\n\s+1\. weight-exfiltration/);
    expect(out).toMatch(/\s8\. infrastructure-automation/);
  });

  it('groups principles under the section of the post they come from', () => {
    const out = lever(['list', 'principles']).stdout;
    expect(out).toMatch(/General mindset › Finding your personal fit\n\s+fast-feedback-loops/);
    const sections = (compiledKb().source as { sections: { id: string; title: string }[] }).sections;
    const mentorship = sections.find((s) => s.id === 'mentorship')?.title ?? 'no such section';
    expect(out).toContain(`› ${mentorship}\n  mentorship-first`);
  });

  it('prints the items as a JSON array with --json', () => {
    const paths = leverJson<{ id: string; fit: unknown }[]>(['list', 'paths', '--json']);
    expect(paths.map((p) => p.id)).toEqual([
      'alignment-research',
      'ml-engineering',
      'governance-research',
      'lab-governance',
      'policy',
      'operations',
      'field-building',
      'communications',
    ]);
    expect(paths[0]?.fit).toBeDefined();
  });

  it('groups fit tests under their path, in catalogue order', () => {
    const out = lever(['list', 'fit-tests']).stdout;
    expect(out).toMatch(/^Fit tests \(\d+\)/);
    expect(out).toMatch(/Alignment research \(alignment-research\)\n\s+replicate-interpretability-result/);
    expect(out.indexOf('(communications)')).toBeGreaterThan(out.indexOf('(policy)'));
  });

  it('rejects an unknown kind with exit code 2, naming the kinds allowed', () => {
    const run = lever(['list', 'papers']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown kind "papers"');
    for (const kind of KINDS) expect(run.stderr).toContain(kind);
    expect(run.stderr).not.toContain(ANSI);
  });
});
