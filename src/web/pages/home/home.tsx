/** The home page: what Lever is for, and the two ways in (answer the questions, or explore). */
import type { Source } from '../../../core/kb/schema.js';
import { Layout } from '../layout.js';
import { FIELD_MAP_URL, LIBRARY_URL, PROFILES_URL, START_URL } from '../urls.js';

export interface HomePageProps {
  source: Source;
  /** How many profiles are saved, to offer a way back to them. */
  savedCount: number;
}

export function HomePage(props: HomePageProps) {
  return (
    <Layout title="Your AGI-safety career plan" source={props.source} current="home">
      <section class="hero" aria-labelledby="home-heading">
        <p class="eyebrow">An AGI-safety career workbench</p>
        <h1 id="home-heading">Find where you fit in AGI safety, and what to do this week</h1>
        <p class="lede">
          Lever turns one of the most cited pieces of AGI-safety career advice into a plan made for you: the
          paths that suit you best, the first concrete steps, and short experiments that tell you quickly
          whether a path is right.
        </p>
        <p class="actions">
          <a class="button primary large" href={START_URL}>
            Get my plan
          </a>
          <a class="button large" href={FIELD_MAP_URL}>
            Explore the field
          </a>
        </p>
        {props.savedCount > 0 ? (
          <p>
            <a href={PROFILES_URL}>
              {props.savedCount === 1
                ? 'Open your saved profile'
                : `Open your ${props.savedCount} saved profiles`}
            </a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="why-heading">
        <h2 id="why-heading">What you get</h2>
        <ul class="card-grid">
          <li>
            <div class="card">
              <h3>A plan that explains itself</h3>
              <p>
                Every path, step and caution says why, and links to the principle behind it and to the passage
                of <a href={props.source.url}>the original post</a> it comes from.
              </p>
            </div>
          </li>
          <li>
            <div class="card">
              <h3>Fit tests, not guesswork</h3>
              <p>
                Personal fit is what you are good at combined with what you enjoy. Lever suggests small,
                concrete projects that show you within weeks, instead of more reading.
              </p>
            </div>
          </li>
          <li>
            <div class="card">
              <h3>Your data stays with you</h3>
              <p>
                Lever runs on your own computer. Your answers live in your plan's link or in a database on
                this machine, and are never sent anywhere.
              </p>
            </div>
          </li>
        </ul>
      </section>

      <section class="measure" aria-labelledby="how-heading">
        <h2 id="how-heading">How it works</h2>
        <ol>
          <li>
            <strong>Answer a few questions</strong> about your background, skills and what you enjoy. It takes
            about five minutes, and you can skip any question.
          </li>
          <li>
            <strong>Read your plan.</strong> It starts with what to do this week, then ranks the paths by your
            fit and shows how sure that estimate is.
          </li>
          <li>
            <strong>Test your fit.</strong> Run one of the suggested experiments, then update your answers and
            compare the new plan with the old one.
          </li>
        </ol>
        <p class="actions">
          <a class="button primary" href={START_URL}>
            Start the questions
          </a>
        </p>
      </section>

      <section class="measure" aria-labelledby="explore-heading">
        <h2 id="explore-heading">Or explore first</h2>
        <ul>
          <li>
            <a href={FIELD_MAP_URL}>The field map</a>: the research directions the post ranks in three tiers,
            the tracks it lays out, and the governance topics it wants experts on.
          </li>
          <li>
            <a href={LIBRARY_URL}>The library</a>: every principle, path, research direction, reading and
            governance topic from the post, searchable.
          </li>
        </ul>
      </section>
    </Layout>
  );
}
