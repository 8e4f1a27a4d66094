/**
 * Above a long refused form: how many fields need a change, and each problem as a link to its
 * field, so the person sees at once everything that was wrong, not only the field in focus.
 */
import type { FieldErrors } from './form-errors.js';

/**
 * Above a long form: every problem with its fields, each linked to the field it names, so the
 * person sees at once how many there are. `fields` gives each field's element id, in form order.
 */
export function ErrorSummary(props: {
  id: string;
  errors: FieldErrors;
  fields: readonly (readonly [name: string, elementId: string])[];
}) {
  const listed = props.fields.filter(([name]) => props.errors[name] !== undefined);
  if (listed.length === 0) return null;
  const count = listed.length === 1 ? 'One field needs' : `${listed.length} fields need`;
  return (
    <div class="error-summary" id={props.id}>
      <p class="error-summary-title" id={`${props.id}-title`}>
        {`Nothing was saved. ${count} a change:`}
      </p>
      <ul>
        {listed.map(([name, elementId]) => (
          <li>
            <a href={`#${elementId}`}>{props.errors[name]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
