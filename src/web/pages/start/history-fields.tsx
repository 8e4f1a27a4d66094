/**
 * "What you have tried": one row per thing tried (what, how long, how it went, how they liked it).
 * Without JavaScript the form cannot grow, so it always ends with an empty row; the questionnaire
 * island adds rows. A row counts once anything in it is filled in, and then needs all four answers.
 */
import { describedBy, FieldError } from '../form-errors.js';
import type { FieldProps } from './fields.js';
import type { FieldProblem } from './form-problems.js';
import { choiceValue, type FormValues, type HistoryPart, historyFieldName } from './form-profile.js';
import type { Choice, HistoryQuestion } from './question-data.js';

function SelectInput(props: {
  name: string;
  label: string;
  choices: readonly Choice[];
  value: string;
  problem: FieldProblem | undefined;
}) {
  const groups = [...new Set(props.choices.map((c) => c.group ?? ''))];
  const option = (choice: Choice) => (
    <option value={choiceValue(choice)} selected={choiceValue(choice) === props.value}>
      {choice.label}
    </option>
  );
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      <FieldError id={props.problem?.messageId ?? ''} message={props.problem?.message} />
      <select
        id={props.name}
        name={props.name}
        {...describedBy(props.problem?.messageId ?? '', props.problem?.message)}
      >
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

/** One thing the person tried: what, how long, how it went, how they liked it; all four, or none. */
export function HistoryRow(props: FieldProps & { question: HistoryQuestion; row: number }) {
  const { question, row, values } = props;
  const name = (part: HistoryPart) => historyFieldName(row, part);
  const value = (part: HistoryPart) => values.get(name(part))?.[0] ?? '';
  const problem = (part: HistoryPart) => props.problems?.get(name(part));
  const months = problem('months');
  return (
    <fieldset class="history-row" data-history-row={row}>
      <legend>{`Something you tried (${row + 1})`}</legend>
      <div class="history-fields">
        <SelectInput
          name={name('activity')}
          label={question.activity.message}
          choices={question.activity.choices}
          value={value('activity')}
          problem={problem('activity')}
        />
        <div class="field">
          <label for={name('months')}>{question.months.message}</label>
          <FieldError id={months?.messageId ?? ''} message={months?.message} />
          <input
            type="number"
            id={name('months')}
            name={name('months')}
            min={question.months.min}
            max={question.months.max}
            step="any"
            inputmode="decimal"
            {...describedBy(months?.messageId ?? '', months?.message)}
            value={value('months')}
          />
        </div>
        <SelectInput
          name={name('progress')}
          label={question.progress.message}
          choices={question.progress.choices}
          value={value('progress')}
          problem={problem('progress')}
        />
        <SelectInput
          name={name('enjoyment')}
          label={question.enjoyment.message}
          choices={question.enjoyment.choices}
          value={value('enjoyment')}
          problem={problem('enjoyment')}
        />
      </div>
    </fieldset>
  );
}

/** The rows already answered plus an empty one (two at least), since a form cannot grow without script. */
function historyRowCount(values: FormValues): number {
  let rows = 0;
  for (const name of values.keys()) {
    const match = /^history\.(\d+)\./.exec(name);
    if (match) rows = Math.max(rows, Number(match[1]) + 1);
  }
  return Math.max(rows + 1, 2);
}

/** The history question: its rows, and the button the island reveals to add one. */
export function HistoryField(props: FieldProps & { question: HistoryQuestion }) {
  const rows = Array.from({ length: historyRowCount(props.values) }, (_, row) => row);
  const problem = props.problems?.get('history');
  return (
    <fieldset class="question" id="q-history" aria-describedby={problem?.messageId}>
      <legend>{props.question.message}</legend>
      <p class="hint">
        Fill in one row per thing you tried, with all four answers. Leave a row empty to skip it.
      </p>
      <FieldError id={problem?.messageId ?? ''} message={problem?.message} />
      <div id="history-rows">
        {rows.map((row) => (
          <HistoryRow question={props.question} row={row} values={props.values} problems={props.problems} />
        ))}
      </div>
      <button type="button" id="add-history-row" hidden>
        Add something else you tried
      </button>
    </fieldset>
  );
}
