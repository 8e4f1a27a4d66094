/** The details of a principle: the kind of advice, and who and when it applies to. */
import type { Principle } from '../../../core/kb/schema.js';
import type { Terminal } from '../../terminal.js';
import { blocks, bullets, paragraph, section } from '../text.js';

/** Kind, the paths and career stages it applies to, and the situations where it matters. */
export function principleDetails(term: Terminal, principle: Principle): string {
  const { paths, stages, situations } = principle.appliesTo;
  const appliesTo = [
    paragraph(term, `Paths: ${paths.length > 0 ? paths.join(', ') : 'every path'}`, 2),
    paragraph(term, `Career stages: ${stages.length > 0 ? stages.join(', ') : 'every stage'}`, 2),
  ].join('\n');
  return blocks(
    paragraph(term, `Kind: ${principle.kind}`),
    section(term, 'Applies to', appliesTo),
    section(term, 'Situations', bullets(term, situations)),
  );
}
