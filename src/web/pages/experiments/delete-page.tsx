/** Deleting an experiment asks first, on its own page, because its check-ins go with it for good. */
import type { Experiment } from '../../../core/journal/schema.js';
import type { Source } from '../../../core/kb/schema.js';
import { Layout } from '../layout.js';
import { deleteExperimentUrl } from '../urls.js';
import { pageOf } from './dashboard-page.js';
import { checkInCount } from './parts.js';

export function DeleteExperimentPage(props: { source: Source; experiment: Experiment }) {
  const { experiment } = props;
  return (
    <Layout title={`Delete ${experiment.title}`} source={props.source} current="experiments">
      <div class="page-header">
        <h1>Delete “{experiment.title}”?</h1>
        <p class="lede">
          {`This removes the experiment and its ${checkInCount(experiment.checkIns.length)} from this computer, and your fit estimates no longer count them. It cannot be undone.`}
        </p>
      </div>
      <form method="post" action={deleteExperimentUrl(experiment.id)} id="delete-form">
        <div class="actions">
          <button type="submit" class="danger">
            Delete experiment
          </button>
          <a href={pageOf(experiment)}>Keep it</a>
        </div>
      </form>
    </Layout>
  );
}
