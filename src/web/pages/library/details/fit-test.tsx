/** A fit test's page body: what it tests, its time box and deliverable, and how to run and log it. */
import type { IndexedKnowledgeBase } from '../../../../core/kb/items.js';
import type { FitTest } from '../../../../core/kb/schema.js';
import { StartedOnField } from '../../experiments/started-on-field.js';
import { EXPERIMENTS_URL, experimentUrl, libraryItemUrl } from '../../urls.js';
import { Bullets, Part, RefList } from '../parts.js';

/** "3 weeks", "1 week". */
export function weeks(n: number): string {
  return `${n} week${n === 1 ? '' : 's'}`;
}

function ItemLink(props: { ikb: IndexedKnowledgeBase; id: string }) {
  return <a href={libraryItemUrl(props.id)}>{props.ikb.byId.get(props.id)?.item.title ?? props.id}</a>;
}

/** Path, direction and time box; the deliverable; signs it goes well; what to log; where to start. */
export function FitTestDetails(props: {
  ikb: IndexedKnowledgeBase;
  test: FitTest;
  /** Today, to bound the start date. */
  today: string;
  running?: string | undefined;
}) {
  const { ikb, test } = props;
  return (
    <>
      <dl class="facts">
        <dt>Tests your fit for</dt>
        <dd>
          <ItemLink ikb={ikb} id={test.path} />
        </dd>
        {test.direction ? (
          <>
            <dt>Research direction</dt>
            <dd>
              <ItemLink ikb={ikb} id={test.direction} />
            </dd>
          </>
        ) : null}
        <dt>Time box</dt>
        <dd>{weeks(test.weeks)}</dd>
      </dl>
      <Part title="Deliverable">
        <p>{test.deliverable}</p>
      </Part>
      <Part title="It is going well if">
        <Bullets items={test.goingWell} />
      </Part>
      <Part title="At each check-in, note">
        <Bullets items={test.log} />
      </Part>
      <Part title="Start from" when={test.resources.length > 0}>
        <RefList ikb={ikb} ids={test.resources} />
      </Part>
      <Part title="Principles">
        <RefList ikb={ikb} ids={test.principles} />
      </Part>
      <Part title="Run it">
        {props.running === undefined ? (
          <form class="start-test" method="post" action={EXPERIMENTS_URL} aria-label="Start this fit test">
            <input type="hidden" name="testId" value={test.id} />
            <StartedOnField
              id="start-test-started"
              errorId="start-test-started-error"
              today={props.today}
              value={undefined}
              error={undefined}
            />
            <button type="submit" class="primary">
              Start this fit test
            </button>
          </form>
        ) : (
          <p>
            It is running now: <a href={experimentUrl(props.running)}>log a check-in</a>.
          </p>
        )}
        <p>
          Or from the command line: <code>lever experiment start {test.id}</code>. Then log a check-in each
          week.
        </p>
      </Part>
    </>
  );
}
