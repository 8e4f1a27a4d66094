/**
 * Forms that change saved data (profiles, experiments, check-ins, asks) only accept posts from
 * Lever's own pages. Another website open in the same browser could otherwise post to this local
 * server and rename, log or delete things.
 * Browsers send `Sec-Fetch-Site` and `Origin` with every form post, so real forms always pass.
 */
import type { MiddlewareHandler } from 'hono';
import type { Source } from '../../core/kb/schema.js';
import { Layout } from './layout.js';
import { renderPage } from './render.js';

function ForbiddenPage(props: { source: Source }) {
  return (
    <Layout title="Not sent from Lever" source={props.source}>
      <div class="page-header">
        <h1>This form was not sent from Lever</h1>
        <p class="lede">
          Changes to what Lever keeps on this computer are only accepted from Lever's own pages. Open Lever
          and try again from there. Nothing was changed.
        </p>
      </div>
    </Layout>
  );
}

/** Refuses (403) a POST that does not come from a page of this same origin. */
export function sameOriginPosts(source: Source): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'POST') {
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      const sameOrigin =
        site === 'same-origin' || (site === undefined && origin === new URL(c.req.url).origin);
      if (!sameOrigin) return renderPage(c, <ForbiddenPage source={source} />, 403);
    }
    await next();
  };
}
