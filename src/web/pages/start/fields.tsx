/**
 * One form control per kind of question, drawn from the question data. Every question is a
 * fieldset with a legend (or a labelled field), so screen readers announce the question with each
 * choice, and each can be skipped: a radio group offers "Skip" to undo a choice.
 */
import { NOTES_MAX_LENGTH } from '../../../core/profile/schema.js';
import { questionAnchor } from '../urls.js';
import { choiceValue, type FormValues, historyFieldName } from './form-profile.js';
import type {
  Choice,
  HistoryQuestion,
  MultiQuestion,
  NumberQuestion,
  SelectQuestion,
} from './question-data.js';

const isChecked = (values: FormValues, name: string, choice: Choice) =>
  (values.get(name) ?? []).includes(choiceValue(choice));

function ChoiceInput(props: {
  type: 'radio' | 'checkbox';
  name: string;
  choice: Choice;
  values: FormValues;
}) {
  return (
    <label class="choice">
      <input
        type={props.type}
        name={props.name}
        value={choiceValue(props.choice)}
        checked={isChecked(props.values, props.name, props.choice)}
      />
      <span>{props.choice.label}</span>
    </label>
  );
}

/** One of several values, as radio buttons; skills read as a 0–4 scale. */
export function SelectField(props: { question: SelectQuestion; values: FormValues; hint?: string }) {
  const { question, values } = props;
  const scale = question.field.startsWith('skills.');
  return (
    <fieldset class="question" id={questionAnchor(question.field)}>
      <legend>{question.message}</legend>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      <div class={scale ? 'scale' : 'choices'}>
        {question.choices.map((choice) => (
          <ChoiceInput type="radio" name={question.field} choice={choice} values={values} />
        ))}
        <label class="choice skip">
          <input type="radio" name={question.field} value="" />
          <span>Skip</span>
        </label>
      </div>
    </fieldset>
  );
}

/** Any number of values, as checkboxes, under group headings when the data has them. */
export function MultiField(props: { question: MultiQuestion; values: FormValues }) {
  const { question, values } = props;
  const groups = new Map<string, Choice[]>();
  for (const choice of question.choices) {
    const key = choice.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), choice]);
  }
  return (
    <fieldset class="question" id={questionAnchor(question.field)}>
      <legend>{question.message}</legend>
      <p class="hint">Pick any that apply, or none to skip.</p>
      {[...groups].map(([group, choices]) => {
        const boxes = (
          <div class="choices">
            {choices.map((choice) => (
              <ChoiceInput type="checkbox" name={question.field} choice={choice} values={values} />
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

/** A number typed in; left empty, the question is skipped. */
export function NumberField(props: { question: NumberQuestion; values: FormValues }) {
  const { question } = props;
  const id = `${questionAnchor(question.field)}-input`;
  return (
    <div class="question field" id={questionAnchor(question.field)}>
      <label class="question-label" for={id}>
        {question.message}
      </label>
      <p class="hint" id={`${id}-hint`}>
        Leave it empty to skip.
      </p>
      <input
        type="number"
        id={id}
        name={question.field}
        min={question.min}
        max={question.max}
        step="any"
        inputmode="decimal"
        aria-describedby={`${id}-hint`}
        value={props.values.get(question.field)?.[0] ?? ''}
      />
    </div>
  );
}

function SelectInput(props: { name: string; label: string; choices: readonly Choice[]; value: string }) {
  const groups = [...new Set(props.choices.map((c) => c.group ?? ''))];
  const option = (choice: Choice) => (
    <option value={choiceValue(choice)} selected={choiceValue(choice) === props.value}>
      {choice.label}
    </option>
  );
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      <select id={props.name} name={props.name}>
        <option value="">Choose…</option>
        {groups.map((group) => {
          const choices = props.choices.filter((c) => (c.group ?? '') === group);
          return group === '' ? (
            choices.map(option)
          ) : (
            <optgroup label={group}>{choices.map(option)}</optgroup>
          );
        })}
      </select>
    </div>
  );
}

/** One thing the person tried: what, how long, how it went, how they liked it. */
export function HistoryRow(props: { question: HistoryQuestion; row: number; values: FormValues }) {
  const { question, row, values } = props;
  const name = (part: 'activity' | 'months' | 'progress' | 'enjoyment') => historyFieldName(row, part);
  const value = (part: 'activity' | 'months' | 'progress' | 'enjoyment') => values.get(name(part))?.[0] ?? '';
  return (
    <fieldset class="history-row" data-history-row={row}>
      <legend>{`Something you tried (${row + 1})`}</legend>
      <div class="history-fields">
        <SelectInput
          name={name('activity')}
          label={question.activity.message}
          choices={question.activity.choices}
          value={value('activity')}
        />
        <div class="field">
          <label for={name('months')}>{question.months.message}</label>
          <input
            type="number"
            id={name('months')}
            name={name('months')}
            min={question.months.min}
            max={question.months.max}
            step="any"
            inputmode="decimal"
            value={value('months')}
          />
        </div>
        <SelectInput
          name={name('progress')}
          label={question.progress.message}
          choices={question.progress.choices}
          value={value('progress')}
        />
        <SelectInput
          name={name('enjoyment')}
          label={question.enjoyment.message}
          choices={question.enjoyment.choices}
          value={value('enjoyment')}
        />
      </div>
    </fieldset>
  );
}

/** Free text the person keeps with their profile; the advice does not read it. */
export function NotesField(props: { values: FormValues }) {
  return (
    <div class="question field" id={questionAnchor('notes')}>
      <label class="question-label" for="notes">
        Notes for yourself
      </label>
      <p class="hint" id="notes-hint">
        Optional. Anything you want to remember with this profile, up to{' '}
        {NOTES_MAX_LENGTH.toLocaleString('en')} characters. Lever does not use it for the advice.
      </p>
      <textarea id="notes" name="notes" rows={4} maxlength={NOTES_MAX_LENGTH} aria-describedby="notes-hint">
        {props.values.get('notes')?.[0] ?? ''}
      </textarea>
    </div>
  );
}
