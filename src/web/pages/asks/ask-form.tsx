/** The concrete-ask editor: a plain form for a new ask and for changing a saved one. */
import { MAX_ASK_STEPS, NOTE_MAX_LENGTH, TITLE_MAX_LENGTH } from '../../../core/journal/schema.js';
import type { FormFields } from '../form-data.js';
import { ErrorSummary } from '../form-error-summary.js';
import { FieldError, type FieldErrors, invalidFields, NOT_BLANK } from '../form-errors.js';

export interface AskFormProps {
  action: string;
  submitLabel: string;
  values?: FormFields | undefined;
  errors?: FieldErrors | undefined;
}

interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  kind: 'text' | 'area';
  required?: boolean;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'title', label: 'Title', kind: 'text', required: true },
  { name: 'lab', label: 'Lab', hint: 'The lab you would take it to (optional).', kind: 'text' },
  {
    name: 'ask',
    label: 'The ask',
    hint: 'What the lab should do, specifically enough that someone could start on it tomorrow.',
    kind: 'area',
    required: true,
  },
  {
    name: 'steps',
    label: 'Steps',
    hint: `One step per line, in order: what the lab would actually do (up to ${MAX_ASK_STEPS}).`,
    kind: 'area',
  },
  { name: 'owner', label: 'Who has agreed to lead it', hint: 'A person, with their role.', kind: 'text' },
  {
    name: 'cost',
    label: 'What the lab gives up',
    hint: 'Time, people, speed or anything else it would cost, especially of its core work.',
    kind: 'area',
  },
];

export function AskForm(props: AskFormProps) {
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  const fields = invalidFields(
    errors,
    FIELDS.map((spec) => spec.name),
  );
  return (
    <form class="ask-form" method="post" action={props.action} id="ask-form" aria-label="Concrete ask">
      <ErrorSummary
        id="ask-error-summary"
        errors={errors}
        fields={FIELDS.map((spec) => [spec.name, `ask-${spec.name}`] as const)}
      />
      <FieldError id="ask-form-error" message={errors['']} />
      {FIELDS.map((spec) => {
        const id = `ask-${spec.name}`;
        const hintId = spec.hint ? `${id}-hint` : undefined;
        const aria = fields.field(spec.name, `${id}-error`, hintId);
        return (
          <div class="field">
            <label for={id}>{spec.label}</label>
            {spec.kind === 'text' ? (
              <input
                type="text"
                id={id}
                name={spec.name}
                required={spec.required ?? false}
                maxlength={TITLE_MAX_LENGTH}
                {...(spec.required ? NOT_BLANK : {})}
                autocomplete="off"
                value={values[spec.name] ?? ''}
                {...aria}
              />
            ) : (
              <textarea
                id={id}
                name={spec.name}
                required={spec.required ?? false}
                rows={spec.name === 'steps' ? 8 : 4}
                maxlength={spec.name === 'steps' ? undefined : NOTE_MAX_LENGTH}
                {...aria}
              >
                {values[spec.name] ?? ''}
              </textarea>
            )}
            <FieldError id={`${id}-error`} message={errors[spec.name]} />
            {spec.hint ? (
              <p class="hint" id={hintId}>
                {spec.hint}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="submit" class="primary">
        {props.submitLabel}
      </button>
    </form>
  );
}
