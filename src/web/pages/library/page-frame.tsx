/** The shared layout as the knowledge-base pages use it: their stylesheet and their place in the navigation. */
import type { Child } from 'hono/jsx';
import type { IndexedKnowledgeBase } from '../../../core/kb/items.js';
import { Layout, type NavKey } from '../layout.js';

/** One stylesheet for the library, the item pages and the field map: they share most of their parts. */
export const LIBRARY_CSS = '/assets/library.css';
/** The search island, loaded by the library page only. */
export const LIBRARY_SEARCH_JS = '/assets/library-search.js';

/** A knowledge-base page inside the shared layout. */
export function PageFrame(props: {
  ikb: IndexedKnowledgeBase;
  title: string;
  current: NavKey;
  scripts?: readonly string[];
  children?: Child;
}) {
  return (
    <Layout
      title={props.title}
      source={props.ikb.kb.source}
      current={props.current}
      styles={[LIBRARY_CSS]}
      scripts={props.scripts ?? []}
    >
      {props.children}
    </Layout>
  );
}
