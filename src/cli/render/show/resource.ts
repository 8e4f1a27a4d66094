/** The details of a resource: its citation, and a link with an honest note on how sure we are of it. */
import type { Resource } from '../../../core/kb/schema.js';
import type { Terminal } from '../../terminal.js';
import { blocks, paragraph, section } from '../text.js';

/** The link, said as plainly as what we know about it; URLs stay on their own line so they stay clickable. */
function link(term: Terminal, resource: Resource): string {
  if (resource.url === null) {
    return paragraph(
      term,
      term.colors.yellow(
        'Link not identified: the post points to something here that could not be pinned down. ' +
          'What it refers to is described above.',
      ),
    );
  }
  const also = resource.altUrls.map((url) => `  ${url}`);
  const alsoBlock = also.length > 0 ? `\nAlso at:\n${also.join('\n')}` : '';
  switch (resource.linkStatus) {
    case 'unverified':
      return `${term.colors.yellow('Best-guess link (not verified):')}\n  ${resource.url}${alsoBlock}`;
    case 'likely':
      return `Link (very likely the one the post means):\n  ${resource.url}${alsoBlock}`;
    default:
      return `Link:\n  ${resource.url}${alsoBlock}`;
  }
}

/** Authors, year, venue, kind, how the post mentions it, and the link. */
export function resourceDetails(term: Terminal, resource: Resource): string {
  const facts = [
    `Kind: ${resource.kind}`,
    resource.authors.length > 0 ? `Authors: ${resource.authors.join(', ')}` : '',
    resource.year === null ? '' : `Year: ${resource.year}`,
    resource.venue === null ? '' : `Venue: ${resource.venue}`,
  ].filter((line) => line !== '');
  return blocks(
    facts.map((line) => paragraph(term, line)).join('\n'),
    section(term, 'How the post refers to it', paragraph(term, `“${resource.mention}”`, 2)),
    link(term, resource),
  );
}
