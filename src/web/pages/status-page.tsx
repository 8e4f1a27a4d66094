/**
 * The page a browser gets when the app itself refuses or fails a request (an unknown address, a
 * method a page does not take, a body too large, an unexpected error): Lever's own layout, with
 * its navigation and a way back, so a wrong address never lands on a bare, unstyled page.
 */
import { Layout } from './layout.js';
import { HOME_URL, LIBRARY_URL, START_URL } from './urls.js';

export interface StatusPageProps {
  title: string;
  /** What happened, in words; any text (JSX escapes it). */
  detail: string;
}

export function StatusPage(props: StatusPageProps) {
  return (
    <Layout title={props.title} source={undefined}>
      <div class="page-header">
        <h1>{props.title}</h1>
        <p class="lede">{props.detail}</p>
      </div>
      <p class="actions">
        <a class="button primary" href={HOME_URL}>
          Back to the home page
        </a>
        <a class="button" href={START_URL}>
          Get my plan
        </a>
        <a class="button" href={LIBRARY_URL}>
          Search the library
        </a>
      </p>
    </Layout>
  );
}

/** The whole document as text, for a response built outside a route (the app's error handlers). */
export function statusPageHtml(props: StatusPageProps): string {
  const rendered = (<StatusPage {...props} />).toString();
  // Every part of this page is synchronous; a promise would mean a component changed under it.
  if (typeof rendered !== 'string') throw new Error('the status page must render synchronously');
  return `<!doctype html>${rendered}`;
}
