/** Saved profiles (/profiles): each with its best-fitting path, actions, and a form to compare two. */
import type { Source } from '../../../core/kb/schema.js';
import { percent } from '../../../core/plan/labels.js';
import type { PlanPath } from '../../../core/plan/schema.js';
import type { SavedProfile } from '../../../store/types.js';
import { Layout } from '../layout.js';
import { deleteProfileUrl, renameProfileUrl, START_URL, savedProfileUrl } from '../urls.js';

export interface ListedProfile {
  saved: SavedProfile;
  /** The path that fits this profile best, from its plan. */
  best: PlanPath | undefined;
}

/** "2030-01-05T10:00:00.000Z" → "2030-01-05": the day is enough to tell versions apart. */
const day = (iso: string) => iso.slice(0, 10);

function CompareForm(props: { profiles: readonly ListedProfile[] }) {
  // The list is newest first; comparing the older with the newer reads as "what changed".
  const [newer, older] = props.profiles;
  const options = (selected: string | undefined) =>
    props.profiles.map(({ saved }) => (
      <option value={saved.id} selected={saved.id === selected}>
        {saved.name}
      </option>
    ));
  return (
    <section id="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare two plans</h2>
      <form class="save-form" method="get" action="/compare" aria-labelledby="compare-heading">
        <div class="field">
          <label for="compare-a">First profile</label>
          <select id="compare-a" name="a">
            {options(older?.saved.id)}
          </select>
        </div>
        <div class="field">
          <label for="compare-b">Second profile</label>
          <select id="compare-b" name="b">
            {options(newer?.saved.id)}
          </select>
        </div>
        <button type="submit" class="primary">
          Compare
        </button>
      </form>
    </section>
  );
}

export function ProfileListPage(props: { source: Source; profiles: readonly ListedProfile[] }) {
  const { profiles } = props;
  return (
    <Layout title="Saved profiles" source={props.source} current="profiles">
      <div class="page-header">
        <h1>Saved profiles</h1>
        <p class="lede">
          Versions of your answers you saved from a plan, kept in Lever's database on this computer. Save a
          new version after a fit test and compare the plans.
        </p>
      </div>
      {profiles.length === 0 ? (
        <div class="notice measure" id="no-profiles">
          <p>
            No saved profiles yet. Get a plan, then save it under a name from the bottom of the plan page.
          </p>
          <p>
            <a class="button primary" href={START_URL}>
              Get my plan
            </a>
          </p>
        </div>
      ) : (
        <div class="table-wrap">
          <table class="stack-table" aria-label="Saved profiles" id="profiles-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Best fit</th>
                <th scope="col">Updated</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {profiles.map(({ saved, best }) => (
                <tr id={`profile-${saved.id}`}>
                  <th scope="row">
                    <a href={savedProfileUrl(saved.id)}>{saved.name}</a>
                  </th>
                  <td>{best ? `${best.title} (${percent(best.fit)})` : ''}</td>
                  <td>
                    <time datetime={saved.updatedAt}>{day(saved.updatedAt)}</time>
                  </td>
                  <td>
                    <a href={renameProfileUrl(saved.id)} aria-label={`Rename ${saved.name}`}>
                      Rename
                    </a>{' '}
                    ·{' '}
                    <a href={deleteProfileUrl(saved.id)} aria-label={`Delete ${saved.name}`}>
                      Delete
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {profiles.length >= 2 ? <CompareForm profiles={profiles} /> : null}
    </Layout>
  );
}
