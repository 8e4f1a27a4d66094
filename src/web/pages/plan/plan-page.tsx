/**
 * The plan page: the summary, what to do (this week first), where the person fits, then the
 * directions, fit tests, readings, cautions and topics, each item with its why. Sections with
 * nothing in them are left out, and so is their entry in the table of contents.
 */
import type { Source } from '../../../core/kb/schema.js';
import { principleLookup } from '../../../core/plan/labels.js';
import type { Plan } from '../../../core/plan/schema.js';
import type { Profile } from '../../../core/profile/schema.js';
import { Layout } from '../layout.js';
import { deleteProfileUrl, PROFILES_URL, renameProfileUrl } from '../urls.js';
import { AnswersSection, MissingSection, SourcesSection } from './answers.js';
import { type JournalNote, JournalNotice } from './journal-note.js';
import { KeepSection, type KeepSectionProps, PlanToolbar } from './keep.js';
import { PathsSection } from './paths.js';
import {
  CautionsSection,
  DirectionsSection,
  FitTestsSection,
  ReadingSection,
  TopicsSection,
} from './sections.js';
import { StepsSection } from './steps.js';

export interface PlanPageProps {
  source: Source;
  plan: Plan;
  profile: Profile;
  /** The encoded profile: links to exports, the questionnaire and the share link carry it. */
  p: string;
  shareUrl: string;
  /** Names a knowledge-base item by id (for governance clusters). */
  titleOf: (id: string) => string;
  /** Set when the plan is a saved profile's. */
  saved?: { id: string; name: string };
  /** Carried back into the save form after a failed save. */
  keep?: Pick<KeepSectionProps, 'name' | 'nameError'>;
  /** Fit tests already running, by catalogue id: the experiment's id. */
  running?: ReadonlyMap<string, string>;
  /** Set when this Lever's journal changes the plan of these answers: whether it is in or left out. */
  journal?: JournalNote;
}

function Contents(props: { plan: Plan }) {
  const { plan } = props;
  const entries: [string, string, boolean][] = [
    ['steps', 'What to do', true],
    ['paths', 'Where you fit', true],
    ['directions', 'Research directions', plan.directions.length > 0],
    ['fit-tests', 'Fit tests', plan.fitTests.length > 0],
    ['reading', 'Reading list', plan.readingList.length > 0],
    ['cautions', 'Cautions', plan.cautions.length > 0],
    ['topics', 'Governance topics', plan.governanceTopics.length > 0],
    ['missing', 'Questions you skipped', plan.missing.length > 0],
    ['answers', 'Your answers', true],
    ['sources', 'The advice behind it', true],
    ['keep', 'Save and share', true],
  ];
  return (
    <nav class="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">On this page</h2>
      <ol>
        {entries
          .filter(([, , shown]) => shown)
          .map(([id, label]) => (
            <li>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
      </ol>
    </nav>
  );
}

export function PlanPage(props: PlanPageProps) {
  const { plan, saved } = props;
  const lookup = principleLookup(plan);
  const section = { plan, lookup };
  const title = saved ? `Plan: ${saved.name}` : 'Your plan';
  return (
    <Layout title={title} source={props.source} scripts={['/assets/plan.js']}>
      <div class="page-header">
        {saved ? (
          <p class="saved-as">
            <span class="badge accent">Saved profile</span>{' '}
            <span class="no-print">
              <a href={renameProfileUrl(saved.id)}>Rename</a> ·{' '}
              <a href={deleteProfileUrl(saved.id)}>Delete</a> · <a href={PROFILES_URL}>All saved profiles</a>
            </span>
          </p>
        ) : null}
        <h1 id="plan-heading">{saved ? saved.name : 'Your plan'}</h1>
        <p class="summary" id="summary">
          {plan.summary}
        </p>
        <JournalNotice note={props.journal} />
      </div>
      <PlanToolbar p={props.p} {...(saved ? { savedId: saved.id } : {})} />
      <div class="doc">
        <Contents plan={plan} />
        <div class="doc-body">
          <StepsSection {...section} />
          <PathsSection {...section} />
          <DirectionsSection {...section} />
          <FitTestsSection {...section} running={props.running ?? new Map()} />
          <ReadingSection {...section} />
          <CautionsSection {...section} />
          <TopicsSection {...section} titleOf={props.titleOf} />
          <MissingSection plan={plan} p={props.p} />
          <AnswersSection profile={props.profile} p={props.p} />
          <SourcesSection plan={plan} />
          <KeepSection
            p={props.p}
            shareUrl={props.shareUrl}
            withJournal={props.journal?.kind === 'included'}
            {...(props.keep ?? {})}
          />
        </div>
      </div>
    </Layout>
  );
}
