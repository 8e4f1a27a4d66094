/**
 * A plan on the terminal, for `lever advise`: the summary, this week's steps, the cautions, where
 * the person fits, then everything else; every item says why and which section of the post it
 * comes from.
 */
import { questionLabel } from '../../../core/plan/labels.js';
import type { Plan } from '../../../core/plan/schema.js';
import type { Terminal } from '../../terminal.js';
import { blocks, idRow, paragraph, section, titleColumn } from '../text.js';
import {
  cautionsSection,
  directionsSection,
  fitTestsSection,
  readingSection,
  topicsSection,
} from './items.js';
import { pathsSection } from './paths.js';
import { stepSections } from './steps.js';
import { planSources } from './why.js';

function header(term: Terminal, plan: Plan): string {
  return [
    term.colors.cyan('LEVER PLAN'),
    term.colors.bold('Your AGI-safety career plan'),
    '',
    paragraph(term, plan.summary),
  ].join('\n');
}

function missingSection(term: Terminal, plan: Plan): string {
  if (plan.missing.length === 0) return '';
  const names = plan.missing.map(questionLabel).join(', ');
  return section(
    term,
    'Questions you skipped',
    paragraph(
      term,
      `Answering these would firm up the estimates: ${names}. Add them to your profile file, or run "lever advise" on a terminal to be asked.`,
      2,
    ),
  );
}

function sourcesSection(term: Terminal, plan: Plan): string {
  const column = titleColumn(
    plan.principles.map((p) => p.id),
    2,
  );
  const rows = plan.principles.map((p) => idRow(term, p.id, p.title, '  ', column));
  const intro = paragraph(
    term,
    'Each "§" above names the section of the post the advice comes from. "lever show <id>" explains a principle and links to its passage:',
    2,
  );
  return section(term, 'The advice behind this plan', `${intro}\n${rows.join('\n')}`);
}

/** The whole plan as terminal text, wrapped to the terminal's width. */
export function renderPlanPage(term: Terminal, plan: Plan): string {
  const why = planSources(term, plan);
  const thisWeek = plan.steps.filter((s) => s.when === 'this-week');
  const later = plan.steps.filter((s) => s.when !== 'this-week');
  const first = stepSections(term, why, thisWeek);
  const rest = stepSections(term, why, later, first.next);
  return blocks(
    header(term, plan),
    ...first.text,
    cautionsSection(term, why, plan),
    pathsSection(term, why, plan.paths),
    ...rest.text,
    fitTestsSection(term, why, plan),
    directionsSection(term, why, plan),
    readingSection(term, why, plan),
    topicsSection(term, why, plan),
    missingSection(term, plan),
    sourcesSection(term, plan),
  );
}
