/** A path's page body: what fit looks like, and the catalogue's cheap, time-boxed ways to test it. */
import { filterFitTests } from '../../../../core/kb/fit-tests.js';
import type { IndexedKnowledgeBase } from '../../../../core/kb/items.js';
import type { Path } from '../../../../core/kb/schema.js';
import { libraryItemUrl } from '../../urls.js';
import { Bullets, Part, RefList } from '../parts.js';
import { valueWords } from '../words.js';
import { weeks } from './fit-test.js';

/** Fit (skills, enjoys, signs), the path's fit tests linking to each, and principles. */
export function PathDetails(props: { ikb: IndexedKnowledgeBase; path: Path }) {
  const { ikb, path } = props;
  const tests = filterFitTests(ikb.kb.fitTests, { path: path.id });
  return (
    <>
      <Part title="What fit looks like">
        <dl class="facts">
          <dt>Skills that matter most</dt>
          <dd>{valueWords('skills', path.fit.skills)}</dd>
          <dt>People who fit tend to enjoy</dt>
          <dd>{valueWords('enjoys', path.fit.enjoys)}</dd>
        </dl>
        <Bullets items={path.fit.signs} />
      </Part>
      <Part title="Test your fit" when={tests.length > 0}>
        <ol class="fit-tests">
          {tests.map((test) => (
            <li data-fit-test={test.id}>
              <h3>
                <a href={libraryItemUrl(test.id)}>{test.title}</a>{' '}
                <span class="duration">({weeks(test.weeks)})</span>
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
