/**
 * The journal as the CLI, the pages and the API use it: untrusted input in, parsed and resolved by
 * the pure core (src/core/journal), written through the store, and read back as experiments, fit
 * reports, plans, expertise plans and exports. Every failure is a LeverError with a code the shells
 * turn into an exit code, an HTTP status or page text; nothing is written before input is valid.
 */

import { adviseWithJournal } from '../core/advice/advise.js';
import type { AdviceContext } from '../core/advice/context.js';
import { askChecks } from '../core/asks/checks.js';
import { askMarkdown } from '../core/asks/markdown.js';
import { LeverError } from '../core/errors.js';
import { expertisePlan } from '../core/expertise/plan.js';
import { expertiseProgress } from '../core/expertise/progress.js';
import { fitHistory, fitReport } from '../core/feedback/report.js';
import type { FitHistory, FitReport } from '../core/feedback/schema.js';
import { journalCalendar } from '../core/journal/ics.js';
import { journalMarkdown } from '../core/journal/markdown.js';
import type { Ask, Experiment } from '../core/journal/schema.js';
import {
  askRecord,
  checkInProblems,
  checkInRecord,
  experimentRecord,
  finishProblems,
  finishRecord,
  parseAskInput,
  parseCheckInInput,
  parseExperimentInput,
  parseFinishInput,
  parseTopicClaimInput,
  topicClaimRecord,
} from '../core/journal/service.js';
import type { Plan } from '../core/plan/schema.js';
import type { Profile } from '../core/profile/schema.js';
import type { Result } from '../core/result.js';
import type { LeverStore, SavedProfile } from '../store/types.js';
import { localDate } from './local-date.js';

export interface JournalDeps {
  store: LeverStore;
  advice: AdviceContext;
  /** The clock; the person's local day is taken from it. */
  now?: () => Date;
}

/** The value of a parse, or an invalid-input LeverError naming each problem. */
function valid<T>(result: Result<T>, what: string): T {
  if (result.ok) return result.value;
  throw new LeverError('invalid_input', `invalid ${what}`, { problems: result.problems });
}

function notFound(kind: string, id: string): LeverError {
  return new LeverError('not_found', `no ${kind} has the id "${id}"`);
}

/** The journal service over one store and knowledge base. */
export function createJournal({ store, advice, now = () => new Date() }: JournalDeps) {
  const kb = advice.ikb.kb;
  const today = () => localDate(now());

  const experiment = async (id: string): Promise<Experiment> => {
    const found = await store.getExperiment(id);
    if (!found) throw notFound('experiment', id);
    return found;
  };
  const ask = async (id: string): Promise<Ask> => {
    const found = await store.getAsk(id);
    if (!found) throw notFound('ask', id);
    return found;
  };
  const refuse = (problems: ReturnType<typeof checkInProblems>, what: string) => {
    if (problems.length > 0) throw new LeverError('invalid_input', `invalid ${what}`, { problems });
  };

  return {
    today,
    experiments: () => store.listExperiments(),
    experiment,

    /** Starts a catalogue fit test (`{testId}`) or the person's own (`{title, path, weeks, …}`). */
    async startExperiment(raw: unknown): Promise<Experiment> {
      const input = valid(parseExperimentInput(raw), 'experiment');
      return store.createExperiment(experimentRecord(input, kb, today()));
    },

    /**
     * Claims a governance topic: a six-month expertise plan, logged like an experiment. A topic
     * with an active plan already is a conflict: one plan per topic at a time.
     */
    async claimTopic(raw: unknown): Promise<Experiment> {
      const input = valid(parseTopicClaimInput(raw), 'topic claim');
      const record = topicClaimRecord(input, kb, today());
      const running = (await store.listExperiments()).find(
        (e) => e.kind === 'expertise' && e.topicId === record.topicId && e.status === 'active',
      );
      if (running) {
        throw new LeverError(
          'conflict',
          `you are already becoming the expert on "${record.title}" (experiment ${running.id}, started ${running.startedOn}); finish it before claiming the topic again`,
        );
      }
      return store.createExperiment(record);
    },

    async logCheckIn(id: string, raw: unknown): Promise<Experiment> {
      const input = valid(parseCheckInInput(raw), 'check-in');
      const current = await experiment(id);
      // One reading of the clock, so the day checked is the day written even across midnight.
      const day = today();
      refuse(checkInProblems(current, input, day), 'check-in');
      const updated = await store.addCheckIn(id, checkInRecord(input, day));
      if (!updated) throw notFound('experiment', id);
      return updated;
    },

    async finishExperiment(id: string, raw: unknown): Promise<Experiment> {
      const input = valid(parseFinishInput(raw), 'finish');
      const current = await experiment(id);
      const day = today();
      refuse(finishProblems(current, input, day), 'finish');
      const updated = await store.finishExperiment(id, finishRecord(input, day));
      if (!updated) throw notFound('experiment', id);
      return updated;
    },

    /**
     * Deletes one check-in of an active experiment, to correct a mis-logged one: not_found naming
     * the experiment or the check-in it does not have; a conflict once the experiment is finished.
     */
    async deleteCheckIn(experimentId: string, checkInId: string): Promise<Experiment> {
      const updated = await store.deleteCheckIn(experimentId, checkInId);
      if (!updated) throw notFound('experiment', experimentId);
      return updated;
    },

    async deleteExperiment(id: string): Promise<void> {
      if (!(await store.deleteExperiment(id))) throw notFound('experiment', id);
    },

    /** An expertise experiment with its six-month plan and where the person is in it. */
    async expertise(id: string) {
      const found = await experiment(id);
      const topic = found.topicId === null ? undefined : advice.topicsById.get(found.topicId);
      if (found.kind !== 'expertise' || !topic) {
        throw new LeverError('invalid_input', `experiment "${id}" is not a claimed governance topic`);
      }
      const plan = expertisePlan(topic, kb, found.startedOn);
      return { experiment: found, plan, progress: expertiseProgress(found, plan, today()) };
    },

    asks: () => store.listAsks(),
    ask,
    async createAsk(raw: unknown): Promise<Ask> {
      return store.createAsk(askRecord(valid(parseAskInput(raw), 'ask')));
    },
    async updateAsk(id: string, raw: unknown): Promise<Ask> {
      const record = askRecord(valid(parseAskInput(raw), 'ask'));
      const updated = await store.updateAsk(id, record);
      if (!updated) throw notFound('ask', id);
      return updated;
    },
    async deleteAsk(id: string): Promise<void> {
      if (!(await store.deleteAsk(id))) throw notFound('ask', id);
    },
    /** The ask as a Markdown document with the builder's checks. */
    async askDocument(id: string): Promise<string> {
      const found = await ask(id);
      return askMarkdown(found, askChecks(found));
    },

    /** The saved profiles, most recently updated first. */
    async profiles(): Promise<SavedProfile[]> {
      return store.listProfiles();
    },
    /**
     * The profile fit estimates start from: the saved profile with `profileId`, else the most
     * recently updated saved profile, else an empty one (every estimate then starts neutral).
     */
    async profile(profileId?: string): Promise<{ saved: SavedProfile | undefined; profile: Profile }> {
      if (profileId !== undefined) {
        const saved = await store.getProfile(profileId);
        if (!saved) throw notFound('saved profile', profileId);
        return { saved, profile: saved.profile };
      }
      const [latest] = await store.listProfiles();
      return { saved: latest, profile: latest?.profile ?? {} };
    },
    /** Every path's fit from the profile and everything logged, with signals, and its history. */
    async fit(profile: Profile): Promise<{ report: FitReport; history: FitHistory }> {
      const experiments = await store.listExperiments();
      return {
        report: fitReport(profile, advice, experiments),
        history: fitHistory(profile, advice, experiments),
      };
    },
    /** The plan for a profile, moved by the journal's evidence. */
    async plan(profile: Profile): Promise<Plan> {
      return adviseWithJournal(profile, advice, {
        experiments: await store.listExperiments(),
        today: today(),
      });
    },

    /** Deadlines, weekly check-in reminders and expertise milestones as an iCalendar file. */
    async calendar(): Promise<string> {
      return journalCalendar(await store.listExperiments(), kb, now());
    },
    /** One experiment's deadline, weekly reminders and (for a claimed topic) milestones, as iCalendar. */
    async experimentCalendar(id: string): Promise<string> {
      return journalCalendar([await experiment(id)], kb, now());
    },
    /** Every experiment, check-in, reflection, expertise plan and ask as one Markdown document. */
    async markdown(): Promise<string> {
      const [experiments, asks] = await Promise.all([store.listExperiments(), store.listAsks()]);
      return journalMarkdown({ experiments, asks }, kb);
    },
  };
}

export type JournalService = ReturnType<typeof createJournal>;
