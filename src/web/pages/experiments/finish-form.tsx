/** Finishing an experiment: a reflection on what it said about fit, and the day it ended. */
import type { Experiment } from '../../../core/journal/schema.js';
import { NOTE_MAX_LENGTH } from '../../../core/journal/schema.js';
import { FieldError, invalidFields } from '../form-errors.js';
import { finishExperimentUrl } from '../urls.js';
import type { ExperimentFormState } from './experiment-page.js';

export function FinishForm(props: {
  experiment: Experiment;
  today: string;
  state?: ExperimentFormState | undefined;
}) {
  const { experiment } = props;
  const state = props.state?.form === 'finish' ? props.state : undefined;
  const values = state?.values ?? {};
  const errors = state?.errors ?? {};
  const fields = invalidFields(errors, ['reflection', 'finishedOn']);
  return (
    <section id="finish" aria-labelledby="finish-heading">
      <h2 id="finish-heading">Finish with a reflection</h2>
      <form
        class="finish-form"
        method="post"
        action={finishExperimentUrl(experiment.id)}
        id="finish-form"
        aria-labelledby="finish-heading"
      >
        <FieldError id="finish-error" message={errors['']} />
        <div class="field">
          <label for="finish-reflection">What did you learn about your fit?</label>
          <textarea
            id="finish-reflection"
            name="reflection"
            rows={5}
            maxlength={NOTE_MAX_LENGTH}
            {...fields.field('reflection', 'finish-reflection-error', 'finish-reflection-hint')}
          >
            {values.reflection ?? ''}
          </textarea>
          <FieldError id="finish-reflection-error" message={errors.reflection} />
          <p class="hint" id="finish-reflection-hint">
            How fast you made progress, what you enjoyed and what you did not, and what you would test next.
          </p>
        </div>
        <div class="field">
          <label for="finish-date">Finished on</label>
          <input
            type="date"
            id="finish-date"
            name="finishedOn"
            min={experiment.startedOn}
            max={props.today}
            value={values.finishedOn ?? props.today}
            {...fields.field('finishedOn', 'finish-date-error')}
          />
          <FieldError id="finish-date-error" message={errors.finishedOn} />
        </div>
        <button type="submit" class="primary">
          Finish experiment
        </button>
      </form>
    </section>
  );
}
