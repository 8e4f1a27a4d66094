/**
 * The questionnaire (/start). Without JavaScript it is one long form that GETs /plan with plain
 * fields; the questionnaire island turns it into one step at a time and keeps the answers in the
 * browser. The controls the island needs are rendered `hidden`, so they never show without it.
 */
import type { Source } from '../../../core/kb/schema.js';
import { Layout } from '../layout.js';
import { HistoryRow, MultiField, NotesField, NumberField, SelectField } from './fields.js';
import type { FormValues } from './form-profile.js';
import { type HistoryQuestion, QUESTIONS, type Question } from './question-data.js';
import { type QuestionStep, STEPS } from './steps.js';

export interface QuestionnairePageProps {
  source: Source;
  /** Answers to show, e.g. from a plan's profile when the person edits their answers. */
  values: FormValues;
  /** True when `values` come from a plan link: they then win over answers kept in the browser. */
  prefilled: boolean;
}

function QuestionField(props: { question: Question; values: FormValues }) {
  const { question, values } = props;
  switch (question.kind) {
    case 'select':
      return <SelectField question={question} values={values} />;
    case 'multi':
      return <MultiField question={question} values={values} />;
    case 'number':
      return <NumberField question={question} values={values} />;
    case 'history':
      return <HistoryField question={question} values={values} />;
  }
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

function HistoryField(props: { question: HistoryQuestion; values: FormValues }) {
  const rows = Array.from({ length: historyRowCount(props.values) }, (_, row) => row);
  return (
    <fieldset class="question" id="q-history">
      <legend>{props.question.message}</legend>
      <p class="hint">Fill in one row per thing you tried; leave a row empty to skip it.</p>
      <div id="history-rows">
        {rows.map((row) => (
          <HistoryRow question={props.question} row={row} values={props.values} />
        ))}
      </div>
      <button type="button" id="add-history-row" hidden>
        Add something else you tried
      </button>
    </fieldset>
  );
}

function Step(props: { step: QuestionStep; index: number; values: FormValues }) {
  const { step, index } = props;
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const questions = step.fields.flatMap((field) => QUESTIONS.filter((q) => q.field === field));
  return (
    <section
      class="step"
      id={`step-${step.id}`}
      data-step={index}
      aria-labelledby={`step-${step.id}-heading`}
    >
      <h2 id={`step-${step.id}-heading`} tabindex={-1}>
        <span class="step-number">{`Step ${index + 1} of ${STEPS.length}`}</span>
        {/* Shown as two lines; read as one phrase: "Step 2 of 6: Your skills". */}
        <span class="visually-hidden">: </span>
        {step.title}
      </h2>
      <p class="step-intro">{step.intro}</p>
      {questions.map((question) => (
        <QuestionField question={question} values={props.values} />
      ))}
      {step.id === 'tried' ? <NotesField values={props.values} /> : null}
      <div class="step-nav" hidden>
        {previous ? (
          <button type="button" data-go-step={index - 1}>
            Back
          </button>
        ) : null}
        {next ? (
          <button type="button" class="primary" data-go-step={index + 1}>
            {`Next: ${next.title}`}
          </button>
        ) : null}
      </div>
    </section>
  );
}

export function QuestionnairePage(props: QuestionnairePageProps) {
  return (
    <Layout title="Get my plan" source={props.source} current="start" scripts={['/assets/questionnaire.js']}>
      <div class="page-header">
        <h1 id="start-heading">Get my plan</h1>
        <p class="lede">
          Answer what you can; every question is optional. Skipped questions make the plan less sure of
          itself, and it tells you which ones would help most.
        </p>
        {props.prefilled ? (
          <p class="notice">
            These are the answers behind your plan. Change any of them, then see the new plan.
          </p>
        ) : null}
      </div>
      <form
        id="questionnaire"
        class="questionnaire"
        method="get"
        action="/plan"
        novalidate
        aria-labelledby="start-heading"
        data-prefilled={props.prefilled ? 'true' : undefined}
      >
        <nav class="step-list" aria-label="Questionnaire steps">
          <ol>
            {STEPS.map((step) => (
              <li>
                <a href={`#step-${step.id}`}>{step.title}</a>
              </li>
            ))}
          </ol>
        </nav>
        <div class="step-progress" hidden>
          <p id="step-status" aria-live="polite" />
          <progress id="step-meter" max={STEPS.length} value={1} aria-hidden="true" />
        </div>
        {STEPS.map((step, index) => (
          <Step step={step} index={index} values={props.values} />
        ))}
        <div class="form-submit">
          <button type="submit" class="primary large">
            See my plan
          </button>
          <button type="button" id="clear-answers" hidden>
            Clear my answers
          </button>
          <p class="hint">
            Your answers go into the address of your plan and nowhere else. With JavaScript on, this browser
            also remembers them until you clear them.
          </p>
        </div>
      </form>
    </Layout>
  );
}
