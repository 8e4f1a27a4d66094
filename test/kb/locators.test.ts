import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromContent } from '../../src/content/content-kb.js';
import { indexKnowledgeBase } from '../../src/core/kb/items.js';
import { sectionTrail, sectionUrl } from '../../src/core/kb/links.js';
import { mutated } from './builders.js';
import { locatorProblems } from './checks/locators.js';
import { POST_FILE, readSharedFile } from './shared-dir.js';

const kb = loadKnowledgeBaseFromContent();

describe('section locators land on their passage of the post', () => {
  it('every locator occurs verbatim, and once, in the post', () => {
    expect(locatorProblems(kb, readSharedFile(POST_FILE))).toEqual([]);
  });

  it('reports a locator that was paraphrased', () => {
    const broken = mutated(kb, (copy) => {
      const section = copy.source.sections.find((s) => s.id === 'mentorship');
      if (section) section.locator = 'Alignment is constrained by mentorship';
    });
    expect(locatorProblems(broken, readSharedFile(POST_FILE))).toEqual([
      'section:mentorship.locator "Alignment is constrained by mentorship" does not occur verbatim in the post',
    ]);
  });

  it('compares quotes exactly, since the link must match the page', () => {
    const post = 'You don\u2019t need to.';
    const section = { id: 's', title: 'S', locator: "You don't need to", summary: 'z' };
    const fixture = mutated(kb, (copy) => {
      copy.source.sections = [section];
    });
    expect(locatorProblems(fixture, post)).toHaveLength(1);
  });

  it('reports a locator that occurs more than once, ignoring case as browsers do', () => {
    const fixture = mutated(kb, (copy) => {
      copy.source.sections = [{ id: 's', title: 'S', locator: 'get started', summary: 'z' }];
    });
    expect(locatorProblems(fixture, 'Get started. Then get started again.')).toEqual([
      'section:s.locator "get started" occurs 2 times, so the link may land elsewhere',
    ]);
  });
});

describe('links from the content to the post', () => {
  const { sections } = indexKnowledgeBase(kb);

  it('open the post at the section’s passage', () => {
    const mentorship = sections.get('mentorship');
    expect(mentorship && sectionUrl(kb.source, mentorship)).toBe(
      `${kb.source.url}#:~:text=Alignment%20is%20mentorship%2Dconstrained`,
    );
  });

  it('open every fit test at a passage whose locator is checked above', () => {
    const located = new Set(kb.source.sections.map((s) => s.id));
    expect(kb.fitTests.length).toBeGreaterThan(0);
    for (const test of kb.fitTests) {
      const section = sections.get(test.section);
      expect(located.has(test.section), test.id).toBe(true);
      expect(section && sectionUrl(kb.source, section), test.id).toContain('#:~:text=');
    }
  });

  it('name the section with its ancestors', () => {
    expect(sectionTrail(sections, 'mentorship')).toBe(
      'Alignment research › Alignment is mentorship-constrained',
    );
    expect(sectionTrail(sections, 'upskilling')).toBe(
      'Alignment research › You can get started quickly › Upskilling at empirical research',
    );
  });
});
