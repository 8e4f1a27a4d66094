/**
 * Every check-in of an experiment as a table, oldest first; notes are shown as typed, line breaks
 * kept. While the experiment runs, each row links to deleting that check-in, to correct a mistake.
 */
import type { CheckIn } from '../../../core/journal/schema.js';
import { deleteCheckInUrl } from '../urls.js';
import { ENJOYMENT_SCALE, PROGRESS_SCALE, ratingLabel } from './ratings.js';

/** 1.5 → "1.5", null → "" */
const hoursText = (hours: number | null) => (hours === null ? '' : String(hours));

export function CheckInTable(props: {
  checkIns: readonly CheckIn[];
  /** The experiment's id when its check-ins may still be corrected (it is running). */
  correctableIn?: string;
}) {
  const experimentId = props.correctableIn;
  if (props.checkIns.length === 0) return <p id="no-check-ins">No check-ins yet.</p>;
  return (
    <div class="table-wrap">
      <table class="stack-table check-in-table" aria-label="Check-ins" id="check-in-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" class="num">
              Hours
            </th>
            <th scope="col">Progress</th>
            <th scope="col">Enjoyment</th>
            <th scope="col">Note</th>
            {experimentId === undefined ? null : (
              <th scope="col">
                <span class="visually-hidden">Correct</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.checkIns.map((checkIn) => (
            <tr id={`check-in-${checkIn.id}`}>
              <th scope="row">
                <time datetime={checkIn.date}>{checkIn.date}</time>
              </th>
              <td class="num">{hoursText(checkIn.hours)}</td>
              <td>{ratingLabel(PROGRESS_SCALE, checkIn.progress)}</td>
              <td>{ratingLabel(ENJOYMENT_SCALE, checkIn.enjoyment)}</td>
              <td class="notes-text">{checkIn.note ?? ''}</td>
              {experimentId === undefined ? null : (
                <td>
                  <a href={deleteCheckInUrl(experimentId, checkIn.id)}>
                    Delete<span class="visually-hidden">{` the check-in of ${checkIn.date}`}</span>
                  </a>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
