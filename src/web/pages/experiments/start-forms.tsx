/**
 * Starting a fit test: pick one from the catalogue (grouped by the path it tests), or describe an
 * experiment of your own. Both post to /experiments and land on the new experiment's page.
 */

import { EXPERIMENT_MAX_WEEKS, TITLE_MAX_LENGTH } from '../../../core/journal/schema.js';
import { groupFitTestsByPath } from '../../../core/kb/fit-tests.js';
import type { KnowledgeBase } from '../../../core/kb/schema.js';
import { weeksText } from '../../../core/plan/labels.js';
import type { FormFields } from '../form-data.js';
import { ErrorSummary } from '../form-error-summary.js';
import { FieldError, type FieldErrors, invalidFields, NOT_BLANK } from '../form-errors.js';
import { EXPERIMENTS_URL } from '../urls.js';
import { StartedOnField } from './started-on-field.js';

/** Which start form a refused post came from, with what was typed and what was wrong. */
export interface StartFormState {
  form: 'catalogue' | 'own';
  values: FormFields;
  errors: FieldErrors;
}

/** The start forms' fields in the order they show them: the first with an error gets the focus. */
const CATALOGUE_ORDER = ['testId', 'startedOn'] as const;
const OWN_FIELDS = [
  ['title', 'own-title'],
  ['path', 'own-path'],
  ['direction', 'own-direction'],
  ['weeks', 'own-weeks'],
  ['startedOn', 'own-started'],
  ['deliverable', 'own-deliverable'],
] as const;

export function CatalogueStartForm(props: {
  kb: KnowledgeBase;
  today: string;
  state?: StartFormState | undefined;
}) {
  const state = props.state?.form === 'catalogue' ? props.state : undefined;
  const values = state?.values ?? {};
  const errors = state?.errors ?? {};
  // A failure without a field (an unknown test id) belongs to the one choice this form offers.
  const testError = errors.testId ?? errors[''];
  const fields = invalidFields(
    testError === undefined ? errors : { ...errors, testId: testError },
    CATALOGUE_ORDER,
  );
  return (
    <form
      class="save-form"
      method="post"
      action={EXPERIMENTS_URL}
      id="start-catalogue-form"
      aria-labelledby="start-catalogue-heading"
    >
      <div class="field">
        <label for="start-test">Fit test</label>
        <select id="start-test" name="testId" required {...fields.field('testId', 'start-test-error')}>
          <option value="">Choose a fit test…</option>
          {groupFitTestsByPath(props.kb, props.kb.fitTests).map(({ path, tests }) => (
            <optgroup label={path.title}>
              {tests.map((test) => (
                <option value={test.id} selected={test.id === values.testId}>
                  {`${test.title} (${weeksText(test.weeks)})`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldError id="start-test-error" message={testError} />
      </div>
      <StartedOnField
        id="start-test-started"
        errorId="start-test-started-error"
        today={props.today}
        value={values.startedOn}
        error={errors.startedOn}
        attributes={fields.field('startedOn', 'start-test-started-error')}
      />
      <button type="submit" class="primary">
        Start this fit test
      </button>
    </form>
  );
}

export function OwnStartForm(props: {
  kb: KnowledgeBase;
  today: string;
  state?: StartFormState | undefined;
}) {
  const { kb } = props;
  const state = props.state?.form === 'own' ? props.state : undefined;
  const values = state?.values ?? {};
  const errors = state?.errors ?? {};
  const fields = invalidFields(
    errors,
    OWN_FIELDS.map(([name]) => name),
  );
  const field = (name: string) => fields.field(name, `own-${name}-error`);
  return (
    <form
      class="own-form"
      method="post"
      action={EXPERIMENTS_URL}
      id="start-own-form"
      aria-labelledby="start-own-heading"
    >
      <ErrorSummary id="own-error-summary" errors={errors} fields={OWN_FIELDS} />
      <FieldError id="own-error" message={errors['']} />
      <div class="field">
        <label for="own-title">Title</label>
        <input
          type="text"
          id="own-title"
          name="title"
          required
          maxlength={TITLE_MAX_LENGTH}
          {...NOT_BLANK}
          autocomplete="off"
          value={values.title ?? ''}
          {...field('title')}
        />
        <FieldError id="own-title-error" message={errors.title} />
      </div>
      <div class="form-row">
        <div class="field">
          <label for="own-path">Path it tests</label>
          <select id="own-path" name="path" required {...field('path')}>
            <option value="">Choose a path…</option>
            {kb.paths.map((path) => (
              <option value={path.id} selected={values.path === path.id}>
                {path.title}
              </option>
            ))}
          </select>
          <FieldError id="own-path-error" message={errors.path} />
        </div>
        <div class="field">
          <label for="own-direction">Research direction (optional)</label>
          <select id="own-direction" name="direction" {...field('direction')}>
            <option value="">None</option>
            {kb.directions.map((direction) => (
              <option value={direction.id} selected={values.direction === direction.id}>
                {direction.title}
              </option>
            ))}
          </select>
          <FieldError id="own-direction-error" message={errors.direction} />
        </div>
        <div class="field">
          <label for="own-weeks">Weeks</label>
          <input
            type="number"
            id="own-weeks"
            name="weeks"
            required
            min="1"
            max={String(EXPERIMENT_MAX_WEEKS)}
            step="1"
            value={values.weeks ?? '2'}
            {...field('weeks')}
          />
          <FieldError id="own-weeks-error" message={errors.weeks} />
        </div>
        <StartedOnField
          id="own-started"
          errorId="own-startedOn-error"
          today={props.today}
          value={values.startedOn}
          error={errors.startedOn}
          attributes={field('startedOn')}
        />
      </div>
      <div class="field">
        <label for="own-deliverable">What you will have at the end (optional)</label>
        <textarea id="own-deliverable" name="deliverable" rows={3} {...field('deliverable')}>
          {values.deliverable ?? ''}
        </textarea>
        <FieldError id="own-deliverable-error" message={errors.deliverable} />
      </div>
      <button type="submit" class="primary">
        Start my experiment
      </button>
    </form>
  );
}
