/**
 * Renaming and deleting a saved profile. Both are plain pages with a POST form, so they work
 * without JavaScript; deleting asks first, on its own page, because it cannot be undone.
 */
import type { Source } from '../../../core/kb/schema.js';
import type { SavedProfile } from '../../../store/types.js';
import { ConfirmDeletePage } from '../confirm-delete.js';
import { NOT_BLANK } from '../form-errors.js';
import { Layout } from '../layout.js';
import { deleteProfileUrl, PROFILES_URL, renameProfileUrl, savedProfileUrl } from '../urls.js';
import { PROFILE_NAME_MAX_LENGTH } from './names.js';

export interface RenamePageProps {
  source: Source;
  saved: SavedProfile;
  /** What the person typed, kept when it could not be saved. */
  name?: string;
  error?: string;
}

export function RenamePage(props: RenamePageProps) {
  const { saved } = props;
  const describedBy = props.error ? 'rename-error rename-hint' : 'rename-hint';
  return (
    <Layout title={`Rename ${saved.name}`} source={props.source} current="profiles">
      <div class="page-header">
        <h1>Rename “{saved.name}”</h1>
      </div>
      <form class="measure" method="post" action={renameProfileUrl(saved.id)} id="rename-form">
        <div class="field">
          <label for="rename-name">New name</label>
          <input
            type="text"
            id="rename-name"
            name="name"
            required
            {...NOT_BLANK}
            autofocus={props.error ? true : undefined}
            maxlength={PROFILE_NAME_MAX_LENGTH}
            autocomplete="off"
            value={props.name ?? saved.name}
            aria-describedby={describedBy}
            aria-invalid={props.error ? 'true' : undefined}
          />
          {props.error ? (
            <p class="field-error" id="rename-error">
              {props.error}
            </p>
          ) : null}
          <p class="hint" id="rename-hint">{`Up to ${PROFILE_NAME_MAX_LENGTH} characters.`}</p>
        </div>
        <div class="actions">
          <button type="submit" class="primary">
            Save name
          </button>
          <a href={PROFILES_URL}>Cancel</a>
        </div>
      </form>
    </Layout>
  );
}

export function DeletePage(props: { source: Source; saved: SavedProfile }) {
  const { saved } = props;
  return (
    <ConfirmDeletePage
      source={props.source}
      current="profiles"
      name={saved.name}
      consequence="This removes the saved profile from this computer and cannot be undone. Links you shared keep working: each carries its own copy of the answers."
      action={deleteProfileUrl(saved.id)}
      confirmLabel="Delete profile"
      keepUrl={savedProfileUrl(saved.id)}
    />
  );
}
