/** A principle's page body: what kind of advice it is, and who and when it applies to. */
import type { IndexedKnowledgeBase } from '../../../../core/kb/items.js';
import type { Principle } from '../../../../core/kb/schema.js';
import { libraryItemUrl } from '../../urls.js';
import { Bullets, Part } from '../parts.js';
import { valueWords } from '../words.js';

const KIND_NOTES = {
  advice: 'Advice: something the post recommends doing.',
  warning: 'Warning: a mistake or trap the post cautions against.',
  observation: 'Observation: a claim about the field or about careers.',
} as const;

/** Kind, the paths (as links) and career stages it applies to, and the situations where it matters. */
export function PrincipleDetails(props: { ikb: IndexedKnowledgeBase; principle: Principle }) {
  const { kind, appliesTo } = props.principle;
  return (
    <>
      <p class="principle-kind">{KIND_NOTES[kind]}</p>
      <Part title="Applies to">
        <dl class="facts">
          <dt>Paths</dt>
          <dd>
            {appliesTo.paths.length === 0
              ? 'every path'
              : appliesTo.paths.map((slug, i) => (
                  <>
                    {i > 0 ? ', ' : ''}
                    <a href={libraryItemUrl(slug)}>{props.ikb.byId.get(slug)?.item.title ?? slug}</a>
                  </>
                ))}
          </dd>
          <dt>Career stages</dt>
          <dd>{appliesTo.stages.length === 0 ? 'every stage' : valueWords('stage', appliesTo.stages)}</dd>
        </dl>
      </Part>
      <Part title="When it applies" when={appliesTo.situations.length > 0}>
        <Bullets items={appliesTo.situations} />
      </Part>
    </>
  );
}
