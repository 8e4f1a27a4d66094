/**
 * "Started on", for every form that starts something in the journal (a catalogue fit test, an
 * experiment of one's own design, a claimed topic): today unless the person began earlier, and
 * bounded in the form itself as the journal bounds it, from 1970 to a year ahead.
 */
import { startRange } from '../../../core/journal/service.js';
import { type FieldAttributes, FieldError } from '../form-errors.js';

export function StartedOnField(props: {
  id: string;
  errorId: string;
  today: string;
  /** What was typed, kept after a refused post; today when nothing was. */
  value: string | undefined;
  error: string | undefined;
  /** Its error attributes and focus in a refused form. */
  attributes?: FieldAttributes;
}) {
  const range = startRange(props.today);
  return (
    <div class="field field-date">
      <label for={props.id}>Started on</label>
      <input
        type="date"
        id={props.id}
        name="startedOn"
        min={range.earliest}
        max={range.latest}
        value={props.value ?? props.today}
        {...props.attributes}
      />
      <FieldError id={props.errorId} message={props.error} />
    </div>
  );
}
