/** "What to do": this week's steps first, then the later ones, each with its resources and why. */
import { stepsByWhen, WHEN_LABELS } from '../../../core/plan/labels.js';
import type { Plan, Step } from '../../../core/plan/schema.js';
import { libraryItemUrl } from '../urls.js';
import { type PrincipleLookup, Why } from './why.js';

function StepItem(props: { step: Step; lookup: PrincipleLookup }) {
  const { step } = props;
  return (
    <li id={`step-${step.id}`} class={step.when === 'this-week' ? 'step-card now' : 'step-card'}>
      <h4>{step.title}</h4>
      <p>{step.detail}</p>
      {step.resources.length > 0 ? (
        <p class="resources">
          <span class="why-label">Resources:</span>{' '}
          {step.resources.map((resource, index) => (
            <>
              {index > 0 ? ', ' : null}
              <a class="reading-url" href={resource.url}>
                {resource.title}
              </a>{' '}
              <a
                class="muted library-link"
                href={libraryItemUrl(resource.id)}
                aria-label={`${resource.title} in the library`}
              >
                (library)
              </a>
            </>
          ))}
        </p>
      ) : null}
      <Why principles={step.principles} lookup={props.lookup} />
    </li>
  );
}

export function StepsSection(props: { plan: Plan; lookup: PrincipleLookup }) {
  return (
    <section id="steps" aria-labelledby="steps-heading">
      <h2 id="steps-heading">What to do</h2>
      {stepsByWhen(props.plan.steps).map((group) => (
        <div class={`when-group when-${group.when}`} id={`when-${group.when}`}>
          <h3 id={`when-${group.when}-heading`}>{WHEN_LABELS[group.when]}</h3>
          <ol class="step-items" aria-labelledby={`when-${group.when}-heading`}>
            {group.steps.map((step) => (
              <StepItem step={step} lookup={props.lookup} />
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
