import { describe, expect, it } from 'vitest';
import { buildSection, buildSource } from '../../../test/kb/builders.js';
import { sectionTrail, sectionUrl } from './links.js';
import type { Section } from './schema.js';

const source = buildSource({
  url: 'https://www.lesswrong.com/posts/ho63vCb2MNFijinzY/agi-safety-career-advice',
});

describe('sectionUrl', () => {
  it('links to the passage with a text fragment', () => {
    const section = buildSection({ locator: 'Alignment is mentorship-constrained' });
    expect(sectionUrl(source, section)).toBe(
      'https://www.lesswrong.com/posts/ho63vCb2MNFijinzY/agi-safety-career-advice#:~:text=Alignment%20is%20mentorship%2Dconstrained',
    );
  });

  it('escapes the hyphens, commas and ampersands that delimit text fragments', () => {
    const url = sectionUrl(source, buildSection({ locator: 'research, engineering & field-building' }));
    expect(url.split('#:~:text=')[1]).toBe('research%2C%20engineering%20%26%20field%2Dbuilding');
  });

  it('escapes curly quotes, colons and the like as URL text', () => {
    const url = sectionUrl(source, buildSection({ locator: 'I’d suggest: “try it”' }));
    const fragment = url.split('#:~:text=')[1] ?? '';
    expect(fragment).not.toMatch(/[\s’“”:,&-]/);
    expect(decodeURIComponent(fragment)).toBe('I’d suggest: “try it”');
  });
});

describe('sectionTrail', () => {
  const sections = new Map<string, Section>(
    [
      buildSection({ id: 'alignment-research', title: 'Alignment research' }),
      buildSection({
        id: 'mentorship',
        parent: 'alignment-research',
        title: 'Alignment is mentorship-constrained',
      }),
      buildSection({
        id: 'start-quickly',
        parent: 'alignment-research',
        title: 'You can get started quickly',
      }),
      buildSection({ id: 'upskilling', parent: 'start-quickly', title: 'Upskilling at empirical research' }),
    ].map((s) => [s.id, s]),
  );

  it('names the section after its ancestors', () => {
    expect(sectionTrail(sections, 'mentorship')).toBe(
      'Alignment research › Alignment is mentorship-constrained',
    );
    expect(sectionTrail(sections, 'upskilling')).toBe(
      'Alignment research › You can get started quickly › Upskilling at empirical research',
    );
  });

  it('is the title alone for a top-level section, and empty for an unknown one', () => {
    expect(sectionTrail(sections, 'alignment-research')).toBe('Alignment research');
    expect(sectionTrail(sections, 'nowhere')).toBe('');
  });

  it('stops at a cycle of parents instead of looping', () => {
    const cyclic = new Map<string, Section>([
      ['a', buildSection({ id: 'a', parent: 'b', title: 'A' })],
      ['b', buildSection({ id: 'b', parent: 'a', title: 'B' })],
    ]);
    expect(sectionTrail(cyclic, 'a')).toBe('B › A');
  });
});
