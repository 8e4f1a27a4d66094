/**
 * The concrete-ask pages: the list (/asks), a new ask (/asks/new), one ask with the builder's
 * checks and its editor (/asks/:id), and the confirmation before deleting one.
 */
import type { AskCheck } from '../../../core/asks/checks.js';
import { askChecks } from '../../../core/asks/checks.js';
import type { Ask } from '../../../core/journal/schema.js';
import type { Source } from '../../../core/kb/schema.js';
import { ConfirmDeletePage } from '../confirm-delete.js';
import { DoneNotice } from '../experiments/parts.js';
import type { Done } from '../experiments/return-to.js';
import type { FormFields } from '../form-data.js';
import type { FieldErrors } from '../form-errors.js';
import { Layout } from '../layout.js';
import { type PrincipleLookup, Why } from '../plan/why.js';
import { ASKS_URL, askMarkdownUrl, askUrl, deleteAskUrl, EXPERIMENTS_URL, NEW_ASK_URL } from '../urls.js';
import { AskForm } from './ask-form.js';

const day = (iso: string) => iso.slice(0, 10);

const INTRO =
  'A proposal a lab can act on: what to do, the steps to get there, someone who has agreed to lead it, and what it would cost the lab.';

export function AsksListPage(props: { source: Source; asks: readonly Ask[]; done?: Done | undefined }) {
  return (
    <Layout title="Concrete asks" source={props.source} current="experiments">
      <div class="page-header">
        <p class="breadcrumb-back">
          <a href={EXPERIMENTS_URL}>Experiments</a>
        </p>
        <h1>Concrete asks</h1>
        <p class="lede">{INTRO}</p>
        <p>
          <a class="button primary" href={NEW_ASK_URL}>
            Write a new ask
          </a>
        </p>
      </div>
      <DoneNotice done={props.done} />
      {props.asks.length === 0 ? (
        <p class="notice measure" id="no-asks">
          No asks yet. Write one, and the builder checks it against what makes labs take a proposal up.
        </p>
      ) : (
        <div class="table-wrap">
          <table class="stack-table" aria-label="Concrete asks" id="asks-table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Lab</th>
                <th scope="col">Checks</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {props.asks.map((ask) => {
                const checks = askChecks(ask);
                return (
                  <tr id={`ask-${ask.id}`}>
                    <th scope="row">
                      <a href={askUrl(ask.id)}>{ask.title}</a>
                    </th>
                    <td>{ask.lab ?? ''}</td>
                    <td>{`${checks.filter((c) => c.ok).length} of ${checks.length} met`}</td>
                    <td>
                      <time datetime={ask.updatedAt}>{day(ask.updatedAt)}</time>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

export function NewAskPage(props: { source: Source; values?: FormFields; errors?: FieldErrors }) {
  return (
    <Layout title="New concrete ask" source={props.source} current="experiments">
      <div class="page-header">
        <p class="breadcrumb-back">
          <a href={ASKS_URL}>All asks</a>
        </p>
        <h1>New concrete ask</h1>
        <p class="lede">{INTRO}</p>
      </div>
      <AskForm action={ASKS_URL} submitLabel="Save ask" values={props.values} errors={props.errors} />
    </Layout>
  );
}

function Checks(props: { checks: readonly AskCheck[]; lookup: PrincipleLookup }) {
  const met = props.checks.filter((c) => c.ok).length;
  return (
    <section id="checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{`Checks: ${met} of ${props.checks.length} met`}</h2>
      <ul class="check-list">
        {props.checks.map((check) => (
          <li class={check.ok ? 'check check-ok' : 'check check-todo'} id={`check-${check.id}`}>
            <span class="check-mark" aria-hidden="true">
              {check.ok ? '✓' : '✗'}
            </span>
            <div>
              <p>
                <span class="visually-hidden">{check.ok ? 'Met: ' : 'To do: '}</span>
                {check.text}
              </p>
              <Why principles={[check.principle]} lookup={props.lookup} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface AskPageProps {
  source: Source;
  ask: Ask;
  lookup: PrincipleLookup;
  done?: Done | undefined;
  /** What was typed when a change was refused, with the problems. */
  values?: FormFields | undefined;
  errors?: FieldErrors | undefined;
}

export function AskPage(props: AskPageProps) {
  const { ask } = props;
  return (
    <Layout title={`Ask: ${ask.title}`} source={props.source} current="experiments">
      <div class="page-header">
        <p class="breadcrumb-back">
          <a href={ASKS_URL}>All asks</a>
        </p>
        <h1>{ask.title}</h1>
        {ask.lab ? <p class="lede">{`For ${ask.lab}`}</p> : null}
        <p class="actions">
          <a class="button" href={askMarkdownUrl(ask.id)} download="lever-ask.md">
            Download as Markdown
          </a>
          <a href={deleteAskUrl(ask.id)}>Delete this ask</a>
        </p>
      </div>
      <DoneNotice done={props.done} />
      <Checks checks={askChecks(ask)} lookup={props.lookup} />
      <section id="edit" aria-labelledby="edit-heading">
        <h2 id="edit-heading">Edit</h2>
        <AskForm
          action={askUrl(ask.id)}
          submitLabel="Save changes"
          values={props.values}
          errors={props.errors}
        />
      </section>
    </Layout>
  );
}

export function DeleteAskPage(props: { source: Source; ask: Ask }) {
  const { ask } = props;
  return (
    <ConfirmDeletePage
      source={props.source}
      current="experiments"
      name={ask.title}
      consequence="This removes the ask from this computer and cannot be undone."
      action={deleteAskUrl(ask.id)}
      confirmLabel="Delete ask"
      keepUrl={askUrl(ask.id)}
    />
  );
}
