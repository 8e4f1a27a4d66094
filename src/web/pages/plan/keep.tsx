/**
 * Keeping a plan: save its profile under a name (on this computer), share the link (which carries
 * the answers; nothing is stored), download it as Markdown or JSON, or print it.
 */
import { PROFILE_NAME_MAX_LENGTH } from '../profiles/names.js';
import { editAnswersUrl, PROFILES_URL, planJsonUrl, planMarkdownUrl } from '../urls.js';

/** The row of actions under the summary; the print button appears once the plan island runs. */
export function PlanToolbar(props: { p: string }) {
  return (
    <div class="plan-toolbar" id="plan-actions">
      <a class="button" href={planMarkdownUrl(props.p)} download="lever-plan.md">
        Download Markdown
      </a>
      <a class="button" href={planJsonUrl(props.p)} download="lever-plan.json">
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
      <p class="measure">
        This link contains your answers and nothing is stored: anyone you give it to sees this same plan.
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
