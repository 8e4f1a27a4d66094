/** A resource's page body: its citation and a link that says honestly how sure we are of it. */
import type { Resource } from '../../../../core/kb/schema.js';
import { Part } from '../parts.js';

function ExternalLink(props: { url: string }) {
  // No referrer: the address of a page on the person's own machine is nobody else's business.
  return (
    <a href={props.url} rel="noreferrer" class="external">
      {props.url}
    </a>
  );
}

/** How sure we are that the link is what the post means, said plainly. */
const LINK_LABELS = {
  verified: 'Link',
  likely: 'Link (very likely the one the post means)',
  unverified: 'Best-guess link (not verified)',
  unresolved: 'Link not identified',
} as const;

/** The link, or a note that the post's link could not be identified. */
function ResourceLink(props: { resource: Resource }) {
  const { url, linkStatus, altUrls } = props.resource;
  if (url === null) {
    return (
      <div class="callout caution resource-link link-unresolved" data-testid="resource-link">
        <p class="callout-label">Link not identified</p>
        <p>
          The post links to something here that could not be pinned down; the description above says what it
          points to.
        </p>
      </div>
    );
  }
  const label = LINK_LABELS[linkStatus];
  return (
    <div
      class={`resource-link link-${linkStatus}${linkStatus === 'unverified' ? ' callout caution' : ''}`}
      data-testid="resource-link"
    >
      <p>
        <strong class={linkStatus === 'unverified' ? 'callout-label' : undefined}>{label}:</strong>{' '}
        <ExternalLink url={url} />
      </p>
      {altUrls.length > 0 ? (
        <>
          <p>Also at:</p>
          <ul>
            {altUrls.map((alt) => (
              <li>
                <ExternalLink url={alt} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** Kind, authors, year, venue, how the post mentions it, and the link. */
export function ResourceDetails(props: { resource: Resource }) {
  const r = props.resource;
  return (
    <>
      <dl class="facts">
        <dt>Kind</dt>
        <dd>{r.kind}</dd>
        {r.authors.length > 0 ? (
          <>
            <dt>Authors</dt>
            <dd>{r.authors.join(', ')}</dd>
          </>
        ) : null}
        {r.year === null ? null : (
          <>
            <dt>Year</dt>
            <dd>{r.year}</dd>
          </>
        )}
        {r.venue === null ? null : (
          <>
            <dt>Venue</dt>
            <dd>{r.venue}</dd>
          </>
        )}
      </dl>
      <ResourceLink resource={r} />
      <Part title="How the post refers to it">
        <blockquote class="mention">{r.mention}</blockquote>
      </Part>
    </>
  );
}
