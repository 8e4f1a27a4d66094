import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadKnowledgeBaseFromContent } from '../../src/content/content-kb.js';
import { contentDir } from '../../src/content/project-root.js';
import { mutated } from './builders.js';
import { copiedRuns, kbTextFields, ruleTextFields, words } from './checks/own-words.js';
import { POST_FILE, readSharedFile } from './shared-dir.js';

const kb = loadKnowledgeBaseFromContent();
const rules: unknown = parse(readFileSync(join(contentDir(), 'rules.yaml'), 'utf8'));
const post = () => readSharedFile(POST_FILE);

/** Twelve consecutive words of the post (its sentence on mentorship). */
const COPIED = 'If you have little research experience, your main priority should be finding the best mentor';

describe('Lever’s text is in its own words', () => {
  it('no knowledge-base text shares ten consecutive words with the post', () => {
    expect(copiedRuns(kbTextFields(kb), post())).toEqual([]);
  });

  it('no rule text shares ten consecutive words with the post', () => {
    expect(ruleTextFields(rules).length).toBeGreaterThan(100);
    expect(copiedRuns(ruleTextFields(rules), post())).toEqual([]);
  });

  it('reports a pasted sentence with the item, the field and the shared run', () => {
    const broken = mutated(kb, (copy) => {
      const path = copy.paths.find((p) => p.id === 'alignment-research');
      if (path) path.fit.signs.push(`As the post says: ${COPIED}. Quite so.`);
    });
    const signs = broken.paths.find((p) => p.id === 'alignment-research')?.fit.signs.length ?? 0;
    expect(copiedRuns(kbTextFields(broken), post())).toContainEqual({
      where: `path:alignment-research.fit.signs[${signs - 1}]`,
      run: words(COPIED).join(' '),
    });
  });

  it('checks every text field of the fit-test catalogue', () => {
    const where = new Set(kbTextFields(kb).map((f) => f.where));
    for (const test of kb.fitTests) {
      for (const field of ['title', 'detail', 'deliverable', 'goingWell[0]', 'log[0]']) {
        expect(where, `${test.id}.${field}`).toContain(`fit-test:${test.id}.${field}`);
      }
    }
  });

  it('reports a pasted sentence in a fit test', () => {
    const broken = mutated(kb, (copy) => {
      const [test] = copy.fitTests;
      if (test) test.goingWell.push(`Remember: ${COPIED}.`);
    });
    const [test] = broken.fitTests;
    expect(copiedRuns(kbTextFields(broken), post())).toContainEqual({
      where: `fit-test:${test?.id}.goingWell[${(test?.goingWell.length ?? 0) - 1}]`,
      run: words(COPIED).join(' '),
    });
  });

  it('reports pasted text in a rule', () => {
    const table = { rules: [{ id: 'a-rule', step: { detail: `Remember: ${COPIED}.` } }] };
    expect(copiedRuns(ruleTextFields(table), post())).toEqual([
      { where: 'rule:a-rule.step.detail', run: words(COPIED).join(' ') },
    ]);
  });

  it('allows names: resource titles and mentions, and topic titles', () => {
    const named = mutated(kb, (copy) => {
      const [resource] = copy.resources;
      const [topic] = copy.topics;
      if (resource) Object.assign(resource, { title: COPIED, mention: COPIED });
      if (topic) topic.title = COPIED;
    });
    expect(copiedRuns(kbTextFields(named), post())).toEqual(copiedRuns(kbTextFields(kb), post()));
  });
});

describe('finding copied runs', () => {
  const source =
    'You don’t need to spend a “long time” understanding the theoretical foundations first, really.';

  it('ignores case, curly quotes and punctuation', () => {
    const text = "YOU DON'T need to spend a 'long time' understanding the theoretical foundations first";
    expect(copiedRuns([{ where: 'x', text }], source)).toEqual([
      {
        where: 'x',
        run: 'you dont need to spend a long time understanding the theoretical foundations first',
      },
    ]);
  });

  it('allows nine shared words but not ten', () => {
    const nine = 'need to spend a long time understanding the theoretical';
    expect(copiedRuns([{ where: 'x', text: `We ${nine} ideas.` }], source)).toEqual([]);
    expect(copiedRuns([{ where: 'x', text: `We ${nine} foundations.` }], source)).toHaveLength(1);
  });

  it('reports each separate run of one text', () => {
    const text =
      'you dont need to spend a long time understanding the theoretical, and then: need to spend a long time understanding the theoretical foundations first';
    expect(copiedRuns([{ where: 'x', text }], source).map((r) => r.run.split(' ').length)).toEqual([11, 11]);
  });
});
