/**
 * Logging a check-in in two clicks: progress is a row of radio buttons (one click), and each
 * enjoyment level is a submit button (the second click saves). Hours, a note and an earlier date
 * are optional, folded away. Without JavaScript it is a plain form.
 */
import type { Experiment } from '../../../core/journal/schema.js';
import type { FormFields } from '../form-data.js';
import { FieldError, type FieldErrors, invalidFields } from '../form-errors.js';
import { checkInUrl } from '../urls.js';
import { ENJOYMENT_SCALE, PROGRESS_SCALE } from './ratings.js';
import type { ReturnTo } from './return-to.js';

export interface CheckInFormProps {
  experiment: Pick<Experiment, 'id' | 'title' | 'startedOn'>;
  /** Today, the latest date a check-in may have. */
  today: string;
  /** The page the form is on, to come back to once it is saved. */
  from: ReturnTo;
  /** What was posted, kept after a refused check-in. */
  values?: FormFields;
  errors?: FieldErrors;
}

/**
 * The fields that can take the focus after a refusal, in the form's order. Enjoyment is left out:
 * its choices are submit buttons, and a focused one would save a rating at the next Enter.
 */
const ORDER = ['progress', 'hours', 'date', 'note'] as const;

export function CheckInForm(props: CheckInFormProps) {
  const { experiment, values = {}, errors = {} } = props;
  const id = (part: string) => `check-in-${experiment.id}-${part}`;
  const fields = invalidFields(errors, ORDER);
  const field = (name: string) => fields.field(name, id(`${name}-error`));
  const extrasOpen = ['hours', 'date', 'note'].some(
    (f) => (values[f] ?? '') !== '' || errors[f] !== undefined,
  );
  return (
    <form
      class="check-in-form"
      method="post"
      action={checkInUrl(experiment.id)}
      aria-label={`Check in: ${experiment.title}`}
      id={id('form')}
    >
      <input type="hidden" name="from" value={props.from} />
      {/* The first submit button is the one Enter presses; disabled, Enter in a field saves nothing
          rather than a check-in with enjoyment 0 the person never chose. */}
      <button type="submit" disabled hidden>
        Save check-in
      </button>
      <FieldError id={id('error')} message={errors['']} />
      <fieldset class="rating" aria-describedby={field('progress')['aria-describedby']}>
        <legend>{`1. ${PROGRESS_SCALE.question}`}</legend>
        <div class="rating-options">
          {PROGRESS_SCALE.labels.map((label, level) => (
            <label class="rating-choice">
              <input
                type="radio"
                name="progress"
                value={String(level)}
                required
                checked={values.progress === String(level)}
                autofocus={level === 0 && fields.focus === 'progress' ? true : undefined}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
        <FieldError id={id('progress-error')} message={errors.progress} />
      </fieldset>
      <details class="check-in-extras" open={extrasOpen}>
        <summary>Add hours, a note or an earlier date</summary>
        <div class="extras-fields">
          <div class="field">
            <label for={id('hours')}>Hours spent since the last check-in</label>
            <input
              type="number"
              id={id('hours')}
              name="hours"
              min="0"
              max="168"
              step="0.25"
              inputmode="decimal"
              value={values.hours ?? ''}
              {...field('hours')}
            />
            <FieldError id={id('hours-error')} message={errors.hours} />
          </div>
          <div class="field">
            <label for={id('date')}>Date, if not today</label>
            <input
              type="date"
              id={id('date')}
              name="date"
              min={experiment.startedOn}
              max={props.today}
              value={values.date ?? ''}
              {...field('date')}
            />
            <FieldError id={id('date-error')} message={errors.date} />
          </div>
        </div>
        <div class="field">
          <label for={id('note')}>Note</label>
          <textarea id={id('note')} name="note" rows={3} {...field('note')}>
            {values.note ?? ''}
          </textarea>
          <FieldError id={id('note-error')} message={errors.note} />
        </div>
      </details>
      <fieldset
        class="rating"
        aria-describedby={
          fields.field('enjoyment', id('enjoyment-error'), id('enjoyment-hint'))['aria-describedby']
        }
      >
        <legend>{`2. ${ENJOYMENT_SCALE.question}`}</legend>
        <p class="hint rating-hint" id={id('enjoyment-hint')}>
          Your answer saves the check-in.
        </p>
        <div class="rating-options">
          {ENJOYMENT_SCALE.labels.map((label, level) => (
            <button
              type="submit"
              class={values.enjoyment === String(level) ? 'rating-button chosen' : 'rating-button'}
              name="enjoyment"
              value={String(level)}
            >
              {label}
            </button>
          ))}
        </div>
        <FieldError id={id('enjoyment-error')} message={errors.enjoyment} />
      </fieldset>
    </form>
  );
}
