/**
 * The questionnaire (/start). Without JavaScript it is one long form that GETs /plan with plain
 * fields; the questionnaire island turns it into one step at a time and keeps the answers in the
 * browser. The controls the island needs are rendered `hidden`, so they never show without it.
 * A sent form whose answers need a change comes back as this page: the answers kept, a summary of
 * the problems at the top (focused on load), and each problem beside its field.
 */
import type { Source } from '../../../core/kb/schema.js';
import type { Problem } from '../../../core/validation.js';
import { Layout } from '../layout.js';
import { ErrorSummary } from './error-summary.js';
import { type FieldProps, MultiField, NotesField, NumberField, SelectField } from './fields.js';
import { type FieldProblem, fieldProblems, problemsByField } from './form-problems.js';
import { type FormEntries, type FormValues, formValuesFromEntries } from './form-profile.js';
import { HistoryField } from './history-fields.js';
import { QUESTIONS, type Question } from './question-data.js';
import { type QuestionStep, STEPS } from './steps.js';

export interface QuestionnairePageProps {
  source: Source;
  /** Answers to show, e.g. from a plan's profile when the person edits their answers. */
  values: FormValues;
  /** True when `values` come from a plan link: they then win over answers kept in the browser. */
  prefilled: boolean;
  /** What is wrong with the answers of a sent form; `values` are then the answers as sent. */
  problems?: readonly FieldProblem[];
}

function QuestionField(props: FieldProps & { question: Question }) {
  const { question, ...field } = props;
  switch (question.kind) {
    case 'select':
      return <SelectField question={question} {...field} />;
    case 'multi':
      return <MultiField question={question} {...field} />;
    case 'number':
      return <NumberField question={question} {...field} />;
    case 'history':
      return <HistoryField question={question} {...field} />;
  }
}

function Step(props: FieldProps & { step: QuestionStep; index: number }) {
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
        <QuestionField question={question} values={props.values} problems={props.problems} />
      ))}
      {step.id === 'tried' ? <NotesField values={props.values} problems={props.problems} /> : null}
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
  const problems = props.problems ?? [];
  const byField = problemsByField(problems);
  const title = problems.length > 0 ? 'Some answers need a change · Get my plan' : 'Get my plan';
  return (
    <Layout title={title} source={props.source} current="start" scripts={['/assets/questionnaire.js']}>
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
      <ErrorSummary problems={problems} />
      <form
        id="questionnaire"
        class="questionnaire"
        method="get"
        action="/plan"
        novalidate
        aria-labelledby="start-heading"
        // A plan's answers win over those kept in the browser. Sent answers do not: the browser kept
        // them as sent, and then any change made since, which a reload must not undo.
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
          <Step step={step} index={index} values={props.values} problems={byField} />
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

/** The questionnaire again for a sent form whose answers need a change: the answers as sent, each problem beside its field. */
export function AnswersToChangePage(props: {
  source: Source;
  sent: FormEntries;
  problems: readonly Problem[];
}) {
  const values = formValuesFromEntries(props.sent);
  const problems = fieldProblems(values, props.problems);
  return <QuestionnairePage source={props.source} values={values} prefilled={false} problems={problems} />;
}
