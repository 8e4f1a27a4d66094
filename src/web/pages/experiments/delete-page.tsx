/** Deleting an experiment asks first, on its own page, because its check-ins go with it for good. */
import type { Experiment } from '../../../core/journal/schema.js';
import type { Source } from '../../../core/kb/schema.js';
import { ConfirmDeletePage } from '../confirm-delete.js';
import { deleteExperimentUrl } from '../urls.js';
import { pageOf } from './dashboard-page.js';
import { checkInCount } from './parts.js';

export function DeleteExperimentPage(props: { source: Source; experiment: Experiment }) {
  const { experiment } = props;
  return (
    <ConfirmDeletePage
      source={props.source}
      current="experiments"
      name={experiment.title}
      consequence={`This removes the experiment and its ${checkInCount(experiment.checkIns.length)} from this computer, and your fit estimates no longer count them. It cannot be undone.`}
      action={deleteExperimentUrl(experiment.id)}
      confirmLabel="Delete experiment"
      keepUrl={pageOf(experiment)}
    />
  );
}
