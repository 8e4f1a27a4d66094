import { describe, expect, it } from 'vitest';
import { lever } from './run-lever.js';

describe('lever --help', () => {
  it('lists advise and rules with the other commands', () => {
    const run = lever(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\s+advise \[options\]\s+your plan/m);
    expect(run.stdout).toMatch(/^\s+rules \[options\]\s+the advice rules/m);
  });

  it('documents the options of advise', () => {
    const run = lever(['advise', '--help']);
    expect(run.code).toBe(0);
    for (const option of ['--profile <file>', '--json', '--markdown']) expect(run.stdout).toContain(option);
  });
});
