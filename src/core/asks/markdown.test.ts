import { describe, expect, it } from 'vitest';
import { buildAsk } from '../journal/testing/builders.js';
import { askChecks } from './checks.js';
import { askMarkdown } from './markdown.js';

const render = (overrides: Parameters<typeof buildAsk>[0] = {}) => {
  const ask = buildAsk(overrides);
  return askMarkdown(ask, askChecks(ask));
};

describe('askMarkdown', () => {
  it('lays out the ask: title, lab, the ask, numbered steps, owner, cost and checks', () => {
    const md = render();
    expect(md).toBe(
      [
        '# Pre-release evaluations',
        '',
        '**Lab:** Example Lab',
        '',
        '## The ask',
        '',
        'Run a dangerous-capability evaluation before every major model release and publish a summary of the results.',
        '',
        '## Steps',
        '',
        '1. Pick an evaluation suite',
        '2. Name a team to run it',
        '3. Publish a summary with each release',
        '',
        '## Who leads it',
        '',
        'Head of the safety team',
        '',
        '## What the lab gives up',
        '',
        'About two weeks of one team per release.',
        '',
        '## Checks',
        '',
        '- **Done:** The ask says specifically what the lab would do. (`concrete-asks`)',
        '- **Done:** It lists 3 specific steps the lab would take. (`concrete-asks`)',
        '- **Done:** Someone has agreed to lead it. (`concrete-asks`)',
        '- **Done:** It says what the lab would give up. (`concrete-asks`)',
        '',
      ].join('\n'),
    );
  });

  it('says what is missing and marks those checks to do', () => {
    const md = render({ lab: null, steps: [], owner: null, cost: null });
    expect(md).not.toContain('**Lab:**');
    expect(md).toContain('## Steps\n\nNo steps yet.');
    expect(md).toContain('## Who leads it\n\nNobody has agreed to lead it yet.');
    expect(md).toContain('## What the lab gives up\n\nNot stated yet.');
    expect(md.match(/^- \*\*To do:\*\*/gm)).toHaveLength(3);
  });

  it('shows everything the person typed as text, never as markup', () => {
    const md = render({
      title: '# <script>alert(1)</script>',
      lab: '[Lab](javascript:alert(1))',
      ask: '<img src=x onerror=alert(1)> and **bold**\n\n## not a heading',
      steps: ['1. nested?', '- bullet?', '`code`'],
      owner: '<b>me</b>',
      cost: '&lt;none&gt;',
    });
    expect(md).not.toMatch(/(^|[^\\])<(script|img|b)/m);
    expect(md.split('\n')[0]).toBe('# \\# \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('**Lab:** \\[Lab\\](javascript:alert(1))');
    expect(md).toContain('\\*\\*bold\\*\\*\n\n\\#\\# not a heading');
    expect(md).toContain('1. 1\\. nested?\n2. \\- bullet?\n3. \\`code\\`');
    expect(md).toContain('\\&lt;none\\&gt;');
  });

  it('nests under a deeper heading when asked', () => {
    const ask = buildAsk();
    const md = askMarkdown(ask, askChecks(ask), 3);
    expect(md.startsWith('### Pre-release evaluations\n')).toBe(true);
    expect(md).toContain('\n#### Steps\n');
  });
});
