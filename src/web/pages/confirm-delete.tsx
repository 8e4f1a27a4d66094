/** The page that asks before something is deleted for good: what goes, a danger button, a way back. */
import type { Child } from 'hono/jsx';
import type { Source } from '../../core/kb/schema.js';
import { Layout, type NavKey } from './layout.js';

export interface ConfirmDeleteProps {
  source: Source;
  current: NavKey;
  /** What the person called it, shown in the title and heading. */
  name: string;
  /** What deleting removes and what stays, in a sentence or two. */
  consequence: Child;
  /** Where the form posts to delete. */
  action: string;
  /** The danger button's label, e.g. "Delete ask". */
  confirmLabel: string;
  /** Where "Keep it" goes back to. */
  keepUrl: string;
}

export function ConfirmDeletePage(props: ConfirmDeleteProps) {
  return (
    <Layout title={`Delete ${props.name}`} source={props.source} current={props.current}>
      <div class="page-header">
        <h1>Delete “{props.name}”?</h1>
        <p class="lede">{props.consequence}</p>
      </div>
      <form method="post" action={props.action} id="delete-form">
        <div class="actions">
          <button type="submit" class="danger">
            {props.confirmLabel}
          </button>
          <a href={props.keepUrl}>Keep it</a>
        </div>
      </form>
    </Layout>
  );
}
