/** `lever tests`: the fit-test catalogue by path, narrowed by path or direction, as text or JSON. */
import { describe, expect, it } from 'vitest';
import { ANSI, compiledKb, lever, leverJson } from './run-lever.js';

interface CatalogueTest {
  id: string;
  title: string;
  path: string;
  direction?: string;
  weeks: number;
  deliverable: string;
}

const catalogue = () => compiledKb().fitTests as CatalogueTest[];
const paths = () => (compiledKb().paths as { id: string; title: string }[]).map((p) => p.id);

describe('lever tests', () => {
  it('lists every test under its path, with id, weeks, title, deliverable and the command to start it', () => {
    const run = lever(['tests']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^Fit tests \\(${catalogue().length}\\)`));
    for (const test of catalogue()) {
      const at = run.stdout.indexOf(`\n  ${test.id}\n`);
      expect(at, test.id).toBeGreaterThan(-1);
      const block = run.stdout.slice(at, run.stdout.indexOf('Start:', at));
      expect(block).toContain(test.title);
      expect(block).toContain(`${test.weeks} week`);
      expect(block.replace(/\s+/g, ' ')).toContain(`Deliverable: ${test.deliverable.replace(/\s+/g, ' ')}`);
      expect(run.stdout).toContain(`Start: lever experiment start ${test.id}\n`);
    }
  });

  it('groups the tests by path in the knowledge base’s order, each path’s first test first', () => {
    const out = lever(['tests']).stdout;
    const headings = paths().map((id) => out.indexOf(`(${id})\n`));
    expect(headings.every((at) => at > -1)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    const [first] = catalogue().filter((t) => t.path === 'ml-engineering');
    const heading = out.indexOf('(ml-engineering)\n');
    expect(out.indexOf('\n  ', heading)).toBe(out.indexOf(`\n  ${first?.id}\n`, heading));
  });

  it('keeps only the tests of one path with --path', () => {
    const out = lever(['tests', '--path', 'lab-governance']).stdout;
    const expected = catalogue().filter((t) => t.path === 'lab-governance');
    expect(out).toMatch(new RegExp(`^Fit tests for path lab-governance \\(${expected.length}\\)`));
    for (const test of catalogue()) {
      expect(out.includes(`\n  ${test.id}\n`), test.id).toBe(test.path === 'lab-governance');
    }
  });

  it('keeps only the tests of one research direction with --direction', () => {
    const tests = leverJson<CatalogueTest[]>(['tests', '--direction', 'scalable-oversight', '--json']);
    expect(tests.length).toBeGreaterThan(0);
    expect(tests.every((t) => t.direction === 'scalable-oversight')).toBe(true);
    expect(tests.map((t) => t.id)).toContain('toy-debate-or-critique-experiment');
  });

  it('says so when nothing matches', () => {
    const run = lever(['tests', '--direction', 'myopia']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No fit test in the catalogue matches.');
  });

  it('prints the matching catalogue entries as a JSON array with --json, in catalogue order', () => {
    const tests = leverJson<CatalogueTest[]>(['tests', '--path', 'alignment-research', '--json']);
    expect(tests).toEqual(catalogue().filter((t) => t.path === 'alignment-research'));
    expect(leverJson<CatalogueTest[]>(['tests', '--json'])).toEqual(catalogue());
  });

  it('rejects an unknown path with exit code 2, naming the field and the paths allowed', () => {
    const run = lever(['tests', '--path', 'astronaut']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--path');
    expect(run.stderr).toMatch(/^ {2}- path: "astronaut" is not allowed; expected one of: /m);
    for (const id of paths()) expect(run.stderr).toContain(id);
    expect(run.stderr).not.toContain(ANSI);
  });

  it('rejects an unknown direction the same way', () => {
    const run = lever(['tests', '--direction', 'debate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^ {2}- direction: "debate" is not allowed; expected one of: .*scalable-oversight/m,
    );
  });

  it('is listed in the help', () => {
    expect(lever(['--help']).stdout).toMatch(/\n\s+tests \[options\]\s+the fit-test catalogue/);
  });
});
