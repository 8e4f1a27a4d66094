/**
 * What the plan is based on: the questions skipped (each a link back to the question), the
 * answers given, in plain words, and every principle the plan applies.
 */
import { questionLabel } from '../../../core/plan/labels.js';
import type { Plan } from '../../../core/plan/schema.js';
import type { Profile } from '../../../core/profile/schema.js';
import { editAnswersUrl, libraryItemUrl } from '../urls.js';
import { answerWords } from './answer-words.js';

/** "coding skill" → "Coding skill", for a label that starts a list item. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function MissingSection(props: { plan: Plan; p: string }) {
  if (props.plan.missing.length === 0) return null;
  return (
    <section id="missing" aria-labelledby="missing-heading">
      <h2 id="missing-heading">Questions you skipped</h2>
      <p class="measure">Answering these would make the estimates firmer. Each link opens the question.</p>
      <ul>
        {props.plan.missing.map((field) => (
          <li>
            <a href={editAnswersUrl(props.p, field)}>{sentence(questionLabel(field))}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Left out of print: on paper the closed disclosure would show only its label. */
export function AnswersSection(props: { profile: Profile; p: string }) {
  return (
    <section id="answers" class="no-print" aria-labelledby="answers-heading">
      <h2 id="answers-heading">Your answers</h2>
      <details>
        <summary>Show the answers this plan is based on</summary>
        <dl class="answers-list">
          {answerWords(props.profile).map((answer) => (
            <>
              <dt>{answer.label}</dt>
              <dd class={answer.field === 'notes' ? 'notes-text' : undefined}>
                {answer.lines.length === 0 ? <span class="muted">skipped</span> : null}
                {answer.lines.length === 1 ? answer.lines[0] : null}
                {answer.lines.length > 1 ? (
                  <ul>
                    {answer.lines.map((line) => (
                      <li>{line}</li>
                    ))}
                  </ul>
                ) : null}
              </dd>
            </>
          ))}
        </dl>
        <p>
          <a href={editAnswersUrl(props.p)}>Change your answers</a>
        </p>
      </details>
    </section>
  );
}

export function SourcesSection(props: { plan: Plan }) {
  return (
    <section id="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">The advice behind this plan</h2>
      <p class="measure">Every principle this plan applies, with the part of the post it comes from.</p>
      <ul>
        {props.plan.principles.map((principle) => (
          <li>
            <a href={libraryItemUrl(principle.id)}>{principle.title}</a>{' '}
            <span class="muted">
              (<a href={principle.url}>{principle.section}</a>)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
