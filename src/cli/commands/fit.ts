/**
 * `lever fit`: personal fit per path from a profile (a file, a saved profile, or the most recently
 * saved one) and everything logged in the journal, with the signals the evidence gives.
 */
import { LeverError } from '../../core/errors.js';
import { toJson } from '../../core/json.js';
import { parseProfileJson } from '../../core/profile/parse.js';
import type { Profile } from '../../core/profile/schema.js';
import type { JournalService } from '../../journal/service.js';
import type { SavedProfile } from '../../store/types.js';
import { resolveId } from '../journal/ids.js';
import { type DataOptions, withJournal } from '../journal/session.js';
import { profileSourceName, readProfileText } from '../profile-input.js';
import { renderFitReport } from '../render/journal/fit.js';
import { terminalSafe } from '../render/journal/safe-text.js';
import { stdoutTerminal } from '../terminal.js';

export interface FitOptions extends DataOptions {
  profile?: string;
  saved?: string;
  json?: boolean;
}

async function profileFromFile(source: string): Promise<Profile> {
  const parsed = parseProfileJson(await readProfileText(source));
  if (!parsed.ok) {
    throw new LeverError('invalid_input', `invalid profile from ${profileSourceName(source)}:`, {
      problems: parsed.problems,
    });
  }
  return parsed.value;
}

/** The full id of the saved profile `typed` names: the id, or a unique prefix of it. */
async function savedProfileId(journal: JournalService, typed: string): Promise<string> {
  const ids = (await journal.profiles()).map((p) => p.id);
  return resolveId(typed, ids, {
    name: 'saved profile',
    listedBy: 'the Saved profiles page of the web app ("lever start") lists them',
  });
}

/** Where the estimates start from, in words. */
function profileText(options: FitOptions, saved: SavedProfile | undefined): string {
  if (options.profile !== undefined) return `From the profile in ${profileSourceName(options.profile)}`;
  if (saved) {
    const which =
      options.saved === undefined ? ' (the most recently updated; choose another with --saved ID)' : '';
    return `From your saved profile "${terminalSafe(saved.name)}"${which}`;
  }
  return 'No profile given or saved, so every estimate starts neutral (pass --profile FILE)';
}

function journalText(experiments: number, checkIns: number): string {
  if (experiments === 0) return 'nothing logged yet: start a fit test with "lever experiment start TEST_ID".';
  return `${experiments} experiment${experiments === 1 ? '' : 's'} with ${checkIns} check-in${checkIns === 1 ? '' : 's'}.`;
}

export async function runFit(options: FitOptions): Promise<string> {
  if (options.profile !== undefined && options.saved !== undefined) {
    throw new LeverError('invalid_input', 'give either --profile FILE or --saved ID, not both');
  }
  const fromFile = options.profile === undefined ? undefined : await profileFromFile(options.profile);
  return withJournal({ ...options, create: false }, async ({ journal }) => {
    const { saved, profile } = fromFile
      ? { saved: undefined, profile: fromFile }
      : await journal.profile(
          options.saved === undefined ? undefined : await savedProfileId(journal, options.saved),
        );
    const { report } = await journal.fit(profile);
    if (options.json) return toJson(report);
    const experiments = await journal.experiments();
    const checkIns = experiments.reduce((sum, e) => sum + e.checkIns.length, 0);
    const source = `${profileText(options, saved)}, and ${journalText(experiments.length, checkIns)}`;
    return renderFitReport(stdoutTerminal(), report, source);
  });
}
