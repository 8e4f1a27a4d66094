/**
 * One form control per kind of question, drawn from the question data. Every question is a
 * fieldset with a legend (or a labelled field), so screen readers announce the question with each
 * choice, and each can be skipped: a radio group offers "Skip" to undo a choice. A field with a
 * problem shows its message beside it and is marked invalid, the message read with the field.
 */
import { NOTES_MAX_LENGTH } from '../../../core/profile/schema.js';
import { describedBy, FieldError } from '../form-errors.js';
import { questionAnchor } from '../urls.js';
import type { FieldProblem, ProblemsByField } from './form-problems.js';
import { choiceValue, type FormValues } from './form-profile.js';
import type { Choice, MultiQuestion, NumberQuestion, SelectQuestion } from './question-data.js';

const isChecked = (values: FormValues, name: string, choice: Choice) =>
  (values.get(name) ?? []).includes(choiceValue(choice));

/** A field's own props: the submitted values, and the problems found in them (none on a fresh form). */
export interface FieldProps {
  values: FormValues;
  problems?: ProblemsByField | undefined;
}

const invalid = (problem: FieldProblem | undefined) => (problem ? ('true' as const) : undefined);

function ChoiceInput(props: {
  type: 'radio' | 'checkbox';
  name: string;
  choice: Choice;
  values: FormValues;
  problem: FieldProblem | undefined;
}) {
  return (
    <label class="choice">
      <input
        type={props.type}
        name={props.name}
        value={choiceValue(props.choice)}
        checked={isChecked(props.values, props.name, props.choice)}
        aria-invalid={invalid(props.problem)}
      />
      <span>{props.choice.label}</span>
    </label>
  );
}

/** One of several values, as radio buttons; skills read as a 0–4 scale. */
export function SelectField(props: FieldProps & { question: SelectQuestion }) {
  const { question, values } = props;
  const problem = props.problems?.get(question.field);
  const scale = question.field.startsWith('skills.');
  return (
    <fieldset class="question" id={questionAnchor(question.field)} aria-describedby={problem?.messageId}>
      <legend>{question.message}</legend>
      <FieldError id={problem?.messageId ?? ''} message={problem?.message} />
      <div class={scale ? 'scale' : 'choices'}>
        {question.choices.map((choice) => (
          <ChoiceInput type="radio" name={question.field} choice={choice} values={values} problem={problem} />
        ))}
        <label class="choice skip">
          <input type="radio" name={question.field} value="" aria-invalid={invalid(problem)} />
          <span>Skip</span>
        </label>
      </div>
    </fieldset>
  );
}

/** Any number of values, as checkboxes, under group headings when the data has them. */
export function MultiField(props: FieldProps & { question: MultiQuestion }) {
  const { question, values } = props;
  const problem = props.problems?.get(question.field);
  const groups = new Map<string, Choice[]>();
  for (const choice of question.choices) {
    const key = choice.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), choice]);
  }
  return (
    <fieldset class="question" id={questionAnchor(question.field)} aria-describedby={problem?.messageId}>
      <legend>{question.message}</legend>
      <p class="hint">Pick any that apply, or none to skip.</p>
      <FieldError id={problem?.messageId ?? ''} message={problem?.message} />
      {[...groups].map(([group, choices]) => {
        const boxes = (
          <div class="choices">
            {choices.map((choice) => (
              <ChoiceInput
                type="checkbox"
                name={question.field}
                choice={choice}
                values={values}
                problem={problem}
              />
            ))}
          </div>
        );
        return group === '' ? (
          boxes
        ) : (
          <fieldset class="choice-group">
            <legend class="choice-group-title">{group}</legend>
            {boxes}
          </fieldset>
        );
      })}
    </fieldset>
  );
}

/** A number typed in, within the question's limits; left empty, the question is skipped. */
export function NumberField(props: FieldProps & { question: NumberQuestion }) {
  const { question } = props;
  const problem = props.problems?.get(question.field);
  const id = `${questionAnchor(question.field)}-input`;
  return (
    <div class="question field" id={questionAnchor(question.field)}>
      <label class="question-label" for={id}>
        {question.message}
      </label>
      <p class="hint" id={`${id}-hint`}>
        {`A number from ${question.min} to ${question.max}. Leave it empty to skip.`}
      </p>
      <FieldError id={problem?.messageId ?? ''} message={problem?.message} />
      <input
        type="number"
        id={id}
        name={question.field}
        min={question.min}
        max={question.max}
        step="any"
        inputmode="decimal"
        {...describedBy(problem?.messageId ?? '', problem?.message, `${id}-hint`)}
        value={props.values.get(question.field)?.[0] ?? ''}
      />
    </div>
  );
}

/** Free text the person keeps with their profile; the advice does not read it. */
export function NotesField(props: FieldProps) {
  const problem = props.problems?.get('notes');
  return (
    <div class="question field" id={questionAnchor('notes')}>
      <label class="question-label" for="notes">
        Notes for yourself
      </label>
      <p class="hint" id="notes-hint">
        Optional. Anything you want to remember with this profile, up to{' '}
        {NOTES_MAX_LENGTH.toLocaleString('en')} characters. Lever does not use it for the advice.
      </p>
      <FieldError id={problem?.messageId ?? ''} message={problem?.message} />
      <textarea
        id="notes"
        name="notes"
        rows={4}
        maxlength={NOTES_MAX_LENGTH}
        {...describedBy(problem?.messageId ?? '', problem?.message, 'notes-hint')}
      >
        {props.values.get('notes')?.[0] ?? ''}
      </textarea>
    </div>
  );
}
