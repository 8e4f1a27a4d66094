/** A path's page body: what fit looks like, and cheap, time-boxed ways to test it. */
import type { IndexedKnowledgeBase } from '../../../../core/kb/items.js';
import type { Path } from '../../../../core/kb/schema.js';
import { Bullets, Part, RefList } from '../parts.js';

function weeks(n: number): string {
  return `${n} week${n === 1 ? '' : 's'}`;
}

/** Fit (skills, enjoys, signs), numbered fit tests with duration and deliverable, and principles. */
export function PathDetails(props: { ikb: IndexedKnowledgeBase; path: Path }) {
  const { ikb, path } = props;
  return (
    <>
      <Part title="What fit looks like">
        <dl class="facts">
          <dt>Skills that matter most</dt>
          <dd>{path.fit.skills.join(', ')}</dd>
          <dt>People who fit tend to enjoy</dt>
          <dd>{path.fit.enjoys.join(', ')}</dd>
        </dl>
        <Bullets items={path.fit.signs} />
      </Part>
      <Part title="Test your fit">
        <ol class="fit-tests">
          {path.fitTests.map((test) => (
            <li>
              <h3>
                {test.title} <span class="duration">({weeks(test.weeks)})</span>
              </h3>
              <p>{test.detail}</p>
              <p>
                <strong>Deliverable:</strong> {test.deliverable}
              </p>
            </li>
          ))}
        </ol>
      </Part>
      <Part title="Principles">
        <RefList ikb={ikb} ids={path.principles} />
      </Part>
    </>
  );
}
