/**
 * The confirmation before deleting everything: it says what would go, suggests an export first,
 * and asks the person to type a word, so a stray click or a reload never deletes anything.
 */

import { type DataCounts, describeCounts } from '../../../core/export/counts.js';
import type { Source } from '../../../core/kb/schema.js';
import { describedBy, FieldError } from '../form-errors.js';
import { Layout } from '../layout.js';
import { SETTINGS_DELETE_URL, SETTINGS_EXPORT_URL, SETTINGS_URL } from '../urls.js';

/** The word to type. */
export const CONFIRM_WORD = 'delete';

/** Whether the typed text is the word (any case, spaces around it ignored, as phones capitalize). */
export function confirmsDeletion(typed: string): boolean {
  return typed.trim().toLowerCase() === CONFIRM_WORD;
}

export interface DeleteAllPageProps {
  source: Source;
  counts: DataCounts;
  /** What was typed, kept when it was not the word. */
  typed?: string | undefined;
  error?: string | undefined;
}

export function DeleteAllPage(props: DeleteAllPageProps) {
  const what = describeCounts(props.counts);
  return (
    <Layout title="Delete all your data" source={props.source} current="settings">
      <div class="page-header">
        <p class="breadcrumb-back">
          <a href={SETTINGS_URL}>Your data</a>
        </p>
        <h1>Delete all your data?</h1>
        <p class="lede">
          {what === 'nothing'
            ? 'Nothing is saved right now, so there is nothing to lose.'
            : `This removes ${what} from Lever for good. It cannot be undone.`}
        </p>
      </div>
      <p class="measure">
        Want to keep a copy? <a href={SETTINGS_EXPORT_URL}>Download an export first</a>: importing it later
        brings everything back.
      </p>
      <form class="measure" method="post" action={SETTINGS_DELETE_URL} id="delete-all-form">
        <div class="field">
          <label for="confirm-word">{`Type “${CONFIRM_WORD}” to confirm`}</label>
          <input
            type="text"
            id="confirm-word"
            name="confirm"
            required
            autocomplete="off"
            autocapitalize="none"
            spellcheck={false}
            value={props.typed ?? ''}
            {...describedBy('confirm-error', props.error)}
          />
          <FieldError id="confirm-error" message={props.error} />
        </div>
        <div class="actions">
          <button type="submit" class="danger">
            Delete everything
          </button>
          <a href={SETTINGS_URL}>Keep my data</a>
        </div>
      </form>
    </Layout>
  );
}
