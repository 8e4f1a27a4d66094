/** The details of a track: its steps in order, each with the resources to use. */
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import type { Track, TrackStep } from '../../../core/kb/schema.js';
import type { Terminal } from '../../terminal.js';
import { blocks, paragraph, section, wrapWith } from '../text.js';
import { referenceList } from './references.js';

function step(term: Terminal, indexed: IndexedKnowledgeBase, label: string, s: TrackStep): string {
  const pad = ' '.repeat(label.length + 2);
  const head = wrapWith(term, term.colors.bold(s.title), `  ${label}`, pad);
  const resources =
    s.resources.length > 0 ? `\n${referenceList(term, indexed, s.resources, pad.length)}` : '';
  return `${head}\n${paragraph(term, s.summary, pad.length)}${resources}`;
}

/** Kind and path, then numbered steps (later steps apart), principles and readings. */
export function trackDetails(term: Terminal, indexed: IndexedKnowledgeBase, track: Track): string {
  const main = track.steps.filter((s) => !s.later);
  const later = track.steps.filter((s) => s.later);
  const width = String(main.length).length;
  const facts = [`Kind: ${track.kind}`, track.path ? `For the path: ${track.path}` : ''].filter(
    (f) => f !== '',
  );
  return blocks(
    facts.map((line) => paragraph(term, line)).join('\n'),
    section(
      term,
      'Steps, in order',
      main.map((s, i) => step(term, indexed, `${String(i + 1).padStart(width)}. `, s)).join('\n'),
    ),
    section(term, 'Later', later.map((s) => step(term, indexed, '• ', s)).join('\n')),
    section(term, 'Principles', referenceList(term, indexed, track.principles)),
    section(term, 'Readings', referenceList(term, indexed, track.readings)),
  );
}
