import { describe, expect, it } from 'vitest';
import { compiledKb, lever, leverJson } from './run-lever.js';

const POST_URL = 'https://www.lesswrong.com/posts/ho63vCb2MNFijinzY/agi-safety-career-advice#:~:text=';

describe('lever show', () => {
  it('shows a direction with its tier, strands, readings, where it is done and the passage of the post', () => {
    const run = lever(['show', 'mechanistic-interpretability']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out.startsWith('DIRECTION\nMechanistic interpretability\n')).toBe(true);
    expect(out).toContain('Tier: primary');
    expect(out).toMatch(/Strands\n\s+• Case studies/);
    expect(out).toContain('Solving superposition');
    expect(out).toContain('elhage2022-toy-models-superposition — Toy Models of Superposition');
    expect(out).toContain('Where the work is done');
    expect(out).toContain('Prerequisites');
    expect(out).toMatch(/Feedback speed: (fast|medium|slow)/);
    expect(out).toContain('Links to');
    expect(out).toContain('Linked from');
    expect(out).toMatch(/From the post: .*Mechanistic interpretability/);
    expect(out).toContain(POST_URL);
  });

  it('shows the critique of an overrated direction', () => {
    const out = lever(['show', 'myopia']).stdout;
    expect(out).toContain('Tier: overrated');
    expect(out).toMatch(/Critique\n/);
    expect(out).toContain('ngo2020-against-myopic-training');
  });

  it('shows a resource with its authors, year and link, and what cites it', () => {
    const out = lever(['show', 'elhage2022-toy-models-superposition']).stdout;
    expect(out).toContain('Authors: Nelson Elhage');
    expect(out).toContain('Year: 2022');
    expect(out).toMatch(/Link:\n\s+https:\/\//);
    expect(out).toMatch(/Linked from\n(.*\n)*.*mechanistic-interpretability — Mechanistic interpretability/);
  });

  it('says plainly when the link of a resource could not be identified', () => {
    const unresolved = compiledKb().resources.find((r) => r.linkStatus === 'unresolved');
    const out = lever(['show', unresolved?.id ?? 'no-unresolved-resource']).stdout;
    expect(out).toContain('Link not identified');
    expect(out).not.toMatch(/^Link:/m);
  });

  it('marks an unverified link as a best guess', () => {
    const unverified = compiledKb().resources.find((r) => r.linkStatus === 'unverified');
    const out = lever(['show', unverified?.id ?? 'no-unverified-resource']).stdout;
    expect(out).toContain('Best-guess link (not verified):');
  });

  it('shows a topic with its cluster and number', () => {
    const out = lever(['show', 'weight-exfiltration']).stdout;
    expect(out.startsWith('TOPIC\n')).toBe(true);
    expect(out).toContain('Topic 1 of 8 in the cluster Security (security)');
  });

  it("shows a cluster's topics in the post's order", () => {
    const out = lever(['show', 'compute-governance']).stdout;
    expect(out).toMatch(/Topics\n\s+1\. gpu-tamper-evident-logging/);
    expect(out).toMatch(/8\. regulating-decentralized-training/);
  });

  it('shows a path with what fit looks like and ways to test it', () => {
    const out = lever(['show', 'governance-research']).stdout;
    expect(out.startsWith('PATH\n')).toBe(true);
    expect(out).toContain('What fit looks like');
    expect(out).toMatch(/Test your fit\n\s+1\. .*\(\d+ weeks?\)/);
    expect(out).toContain('Deliverable:');
  });

  it("lists a path's fit tests from the catalogue, first test first, each with its id", () => {
    const out = lever(['show', 'alignment-research']).stdout;
    expect(out).toMatch(
      /Test your fit\n\s+1\. Replicate a published interpretability result \(3 weeks\)\n\s+replicate-interpretability-result\n/,
    );
    expect(out).toContain('toy-debate-or-critique-experiment');
  });

  it('shows a fit test with its time box, signs of going well, what to log, and how to start it', () => {
    const out = lever(['show', 'implement-an-evaluation']).stdout;
    expect(out.startsWith('FIT TEST\n')).toBe(true);
    expect(out).toContain('Tests your fit for: ml-engineering — ');
    expect(out).toContain('Research direction: evaluations — Evaluations');
    expect(out).toContain('Time box: 3 weeks');
    for (const heading of ['Deliverable', 'It is going well if', 'At each check-in, note', 'Start from']) {
      expect(out).toContain(`\n${heading}\n`);
    }
    expect(out).toContain('lever experiment start implement-an-evaluation');
    expect(out.replace(/\s+/g, ' ')).toContain(
      'From the post: Alignment research directions › Three other research areas › Evaluations',
    );
  });

  it('shows a track as numbered steps with their resources', () => {
    const out = lever(['show', 'empirical-upskilling-track']).stdout;
    expect(out).toMatch(/Steps, in order\n\s+1\. MLAB/);
    expect(out).toContain('redwood-mlab — ');
    expect(out.indexOf('ARENA')).toBeGreaterThan(out.indexOf('MLAB'));
  });

  it('shows a principle with whom it applies to', () => {
    const out = lever(['show', 'mentorship-first']).stdout;
    expect(out.startsWith('PRINCIPLE\n')).toBe(true);
    expect(out).toContain('Applies to');
    expect(out).toMatch(/Career stages: /);
  });

  it('prints the item with its kind, section link, links and backlinks as JSON', () => {
    const view = leverJson<{
      kind: string;
      item: { id: string; title: string };
      section: { id: string; trail: string; url: string };
      links: { id: string }[];
      backlinks: { id: string; kind: string; title: string; field: string }[];
    }>(['show', 'irving2018-debate', '--json']);
    expect(view.kind).toBe('resource');
    expect(view.item.id).toBe('irving2018-debate');
    expect(view.section.url.startsWith(POST_URL)).toBe(true);
    expect(view.backlinks.map((b) => b.id)).toContain('scalable-oversight');
    expect(view.backlinks.find((b) => b.id === 'scalable-oversight')).toMatchObject({ kind: 'direction' });
  });

  it('suggests close ids for an unknown id and exits with code 3', () => {
    const run = lever(['show', 'mechanistic-interpretabilty']);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown id "mechanistic-interpretabilty"');
    expect(run.stderr).toMatch(/did you mean: mechanistic-interpretability(, [a-z0-9-]+)*\?/);
  });

  it('suggests ids containing the word typed', () => {
    const run = lever(['show', 'debate']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/did you mean: .*irving2018-debate/);
  });
});
