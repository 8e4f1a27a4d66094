/**
 * The summary at the top of a sent questionnaire whose answers need a change: how many, and each
 * problem as a link to its field. It takes focus when the page loads (`autofocus`, no script
 * needed), so the person hears and sees first what to fix.
 */
import type { FieldProblem } from './form-problems.js';

export function ErrorSummary(props: { problems: readonly FieldProblem[] }) {
  const { problems } = props;
  if (problems.length === 0) return null;
  const heading =
    problems.length === 1 ? 'One answer needs a change' : `${problems.length} answers need a change`;
  return (
    <section
      class="notice error measure"
      id="error-summary"
      tabindex={-1}
      autofocus
      aria-labelledby="error-summary-heading"
    >
      <h2 id="error-summary-heading">{heading}</h2>
      <p>
        Lever has not made your plan yet. Your answers are kept below: change the ones listed here, then
        choose “See my plan” again.
      </p>
      <ul class="problem-list">
        {problems.map((problem) => (
          <li>{problem.target ? <a href={`#${problem.target}`}>{problem.message}</a> : problem.message}</li>
        ))}
      </ul>
    </section>
  );
}
