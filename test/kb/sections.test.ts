import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseFromContent } from '../../src/content/content-kb.js';
import { buildPrinciple, mutated } from './builders.js';
import { sectionsWithoutPrinciple } from './checks/coverage.js';

const kb = loadKnowledgeBaseFromContent();

describe('every section of the post has a principle', () => {
  it('holds for the content', () => {
    expect(sectionsWithoutPrinciple(kb)).toEqual([]);
  });

  it('reports a section once its only principles move elsewhere', () => {
    const broken = mutated(kb, (copy) => {
      for (const p of copy.principles) if (p.section === 'mentorship') p.section = 'hands-on';
    });
    expect(sectionsWithoutPrinciple(broken)).toContain(
      'section "mentorship" (Alignment is mentorship-constrained) is the section of no principle',
    );
  });

  it('reports a new section that nothing covers', () => {
    const broken = mutated(kb, (copy) => {
      copy.source.sections.push({ id: 'postscript', title: 'Postscript', locator: 'x', summary: 'y' });
    });
    expect(sectionsWithoutPrinciple(broken)).toContain(
      'section "postscript" (Postscript) is the section of no principle',
    );
  });

  it('is satisfied by a single principle for the section', () => {
    const fixed = mutated(kb, (copy) => {
      for (const s of copy.source.sections)
        copy.principles.push(buildPrinciple({ id: `p-${s.id}`, section: s.id }));
    });
    expect(sectionsWithoutPrinciple(fixed)).toEqual([]);
  });
});
