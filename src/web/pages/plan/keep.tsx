/**
 * Keeping a plan: save its profile under a name (on this computer), share the link (which carries
 * the answers, never the journal; nothing is stored), download it as Markdown or JSON, or print it.
 */
import { NOT_BLANK } from '../form-errors.js';
import { PROFILE_NAME_MAX_LENGTH } from '../profiles/names.js';
import {
  editAnswersUrl,
  PROFILES_URL,
  planJsonUrl,
  planMarkdownUrl,
  savedPlanJsonUrl,
  savedPlanMarkdownUrl,
} from '../urls.js';

/**
 * The row of actions under the summary; the print button appears once the plan island runs. The
 * downloads are the plan the page shows: a saved profile's (`savedId`) with the journal, else the link's.
 */
export function PlanToolbar(props: { p: string; savedId?: string }) {
  const { savedId } = props;
  const markdown = savedId === undefined ? planMarkdownUrl(props.p) : savedPlanMarkdownUrl(savedId);
  const json = savedId === undefined ? planJsonUrl(props.p) : savedPlanJsonUrl(savedId);
  return (
    <div class="plan-toolbar" id="plan-actions">
      <a class="button" href={markdown} download="lever-plan.md">
        Download Markdown
      </a>
      <a class="button" href={json} download="lever-plan.json">
        Download JSON
      </a>
      <button type="button" class="button" id="print-plan" hidden>
        Print
      </button>
      <a class="button" href="#keep">
        Save or share
      </a>
      <a class="button" href={editAnswersUrl(props.p)}>
        Change answers
      </a>
    </div>
  );
}

export interface KeepSectionProps {
  p: string;
  /** The absolute address of this plan, carrying the profile. */
  shareUrl: string;
  /** A name to suggest in the save form, e.g. after a failed save. */
  name?: string;
  /** Why the last save failed, shown next to the name. */
  nameError?: string;
  /** True when the plan shown includes the journal, which the link leaves out. */
  withJournal?: boolean;
}

export function KeepSection(props: KeepSectionProps) {
  const describedBy = props.nameError ? 'save-name-error save-name-hint' : 'save-name-hint';
  return (
    <section id="keep" class="no-print" aria-labelledby="keep-heading">
      <h2 id="keep-heading">Save and share</h2>

      <h3 id="save-heading">Save this profile</h3>
      <form
        class="save-form"
        id="save-form"
        method="post"
        action={PROFILES_URL}
        aria-labelledby="save-heading"
      >
        <input type="hidden" name="p" value={props.p} />
        <div class="field">
          <label for="save-name">Name</label>
          <input
            type="text"
            id="save-name"
            name="name"
            required
            {...NOT_BLANK}
            autofocus={props.nameError ? true : undefined}
            maxlength={PROFILE_NAME_MAX_LENGTH}
            autocomplete="off"
            placeholder="For example: me now"
            value={props.name ?? ''}
            aria-describedby={describedBy}
            aria-invalid={props.nameError ? 'true' : undefined}
          />
          {props.nameError ? (
            <p class="field-error" id="save-name-error">
              {props.nameError}
            </p>
          ) : null}
        </div>
        <button type="submit" class="primary">
          Save profile
        </button>
      </form>
      <p class="hint" id="save-name-hint">
        {`Saved in Lever's database on this computer, under a name of up to ${PROFILE_NAME_MAX_LENGTH} characters. Save another version later and compare the two plans.`}
      </p>

      <h3 id="share-heading">Share link</h3>
      <p class="measure" id="share-hint">
        {props.withJournal
          ? 'The link carries these answers, not your journal, and nothing is stored. Whoever opens it with Lever running at the same address sees the plan from these answers alone, without the journal this page includes.'
          : 'The link carries these answers, not your journal, and nothing is stored. Whoever opens it with Lever running at the same address sees the plan from these answers: this same plan.'}
      </p>
      <div class="share-field">
        <label for="share-url" class="visually-hidden">
          Share link
        </label>
        <input type="text" id="share-url" readonly value={props.shareUrl} />
        <button type="button" id="copy-share" hidden>
          Copy link
        </button>
      </div>
      <p class="hint" id="copy-status" aria-live="polite" />
    </section>
  );
}
