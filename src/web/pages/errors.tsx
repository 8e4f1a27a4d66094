/**
 * Pages for expected failures: a link whose profile cannot be read (400, each problem named) and
 * something that does not exist (404). They keep the person oriented, with a way back. Answers
 * sent from the questionnaire never come here: they come back to the questionnaire, each problem
 * beside its question (start/questionnaire.tsx).
 */
import type { Source } from '../../core/kb/schema.js';
import { questionLabel } from '../../core/plan/labels.js';
import type { Problem } from '../../core/validation.js';
import { Layout, type NavKey } from './layout.js';
import { PROFILES_URL, START_URL } from './urls.js';

/** "history[0].months" → "what you have tried already (entry 1): months". */
function fieldLabel(path: string): string {
  if (path === '' || path === 'p') return 'the profile link';
  const history = /^history\[(\d+)\]\.?(.*)$/.exec(path);
  if (history) {
    const part = history[2] ? `: ${history[2]}` : '';
    return `${questionLabel('history')} (entry ${Number(history[1]) + 1})${part}`;
  }
  return questionLabel(path.replace(/\[\d+\]$/, ''));
}

export interface ProblemsPageProps {
  source: Source;
  problems: readonly Problem[];
  /** What could not be done, e.g. "We could not make a plan from these answers". */
  heading?: string;
  current?: NavKey;
}

/**
 * 400 for a link (`?p=`, a compare link): lists each problem with the field in plain words, its
 * name, and what was wrong and allowed. Its wording assumes a link, so forms must not use it.
 */
export function ProblemsPage(props: ProblemsPageProps) {
  const heading = props.heading ?? 'Some answers need a fix';
  const count = props.problems.length === 1 ? 'one answer' : `${props.problems.length} answers`;
  return (
    <Layout title={heading} source={props.source} current={props.current ?? 'start'}>
      <div class="page-header">
        <h1>{heading}</h1>
        <p class="lede">{`Lever could not read ${count}. This usually means a link was cut short or edited by hand. Nothing was saved.`}</p>
      </div>
      <section class="notice error measure" aria-labelledby="problems-heading">
        <h2 id="problems-heading" class="visually-hidden">
          Problems
        </h2>
        <ul class="problem-list" id="problems">
          {props.problems.map((problem) => (
            <li>
              <strong>{fieldLabel(problem.path)}</strong>
              {problem.path === '' ? null : (
                <>
                  {' '}
                  (<code>{problem.path}</code>)
                </>
              )}
              : {problem.message}
            </li>
          ))}
        </ul>
      </section>
      <p class="actions">
        <a class="button primary" href={START_URL}>
          Answer the questions again
        </a>
        <a class="button" href={PROFILES_URL}>
          Open a saved profile
        </a>
      </p>
    </Layout>
  );
}

/** 404: names what was looked for, with links to where things are. */
export function NotFoundPage(props: { source: Source; what: string; current?: NavKey }) {
  return (
    <Layout title="Not found" source={props.source} {...(props.current ? { current: props.current } : {})}>
      <div class="page-header">
        <h1>Not found</h1>
        <p class="lede">{props.what}</p>
      </div>
      <p class="actions">
        <a class="button primary" href={PROFILES_URL}>
          Saved profiles
        </a>
        <a class="button" href={START_URL}>
          Get a new plan
        </a>
      </p>
    </Layout>
  );
}
