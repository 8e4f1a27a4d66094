/** Every address the person-facing pages link to, built in one place so a move is a one-line change. */

export const HOME_URL = '/';
export const START_URL = '/start';
export const PROFILES_URL = '/profiles';
export const LIBRARY_URL = '/library';
export const FIELD_MAP_URL = '/map';

/** The page of a knowledge-base item (principle, path, direction, resource, topic…). */
export function libraryItemUrl(id: string): string {
  return `${LIBRARY_URL}/${encodeURIComponent(id)}`;
}

/** A plan for a profile carried in the URL (`p` is the encoded profile). */
export function planUrl(p: string): string {
  return `/plan?p=${p}`;
}

export function planMarkdownUrl(p: string): string {
  return `/plan.md?p=${p}`;
}

export function planJsonUrl(p: string): string {
  return `/plan.json?p=${p}`;
}

/** The questionnaire, filled in with a profile's answers and scrolled to a question when given. */
export function editAnswersUrl(p: string, question?: string): string {
  return `${START_URL}?p=${p}${question ? `#${questionAnchor(question)}` : ''}`;
}

/** The id of a question's fieldset: "skills.coding" → "q-skills-coding". */
export function questionAnchor(field: string): string {
  return `q-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

export function savedProfileUrl(id: string): string {
  return `${PROFILES_URL}/${encodeURIComponent(id)}`;
}

export function renameProfileUrl(id: string): string {
  return `${savedProfileUrl(id)}/rename`;
}

export function deleteProfileUrl(id: string): string {
  return `${savedProfileUrl(id)}/delete`;
}

/** A saved profile's plan (journal included) as Markdown, as its page shows it. */
export function savedPlanMarkdownUrl(id: string): string {
  return `${savedProfileUrl(id)}/plan.md`;
}

export function savedPlanJsonUrl(id: string): string {
  return `${savedProfileUrl(id)}/plan.json`;
}

/** Compares two plans; each side is a saved profile's id or an encoded profile. */
export function compareUrl(a: string, b: string): string {
  return `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}

export const EXPERIMENTS_URL = '/experiments';
export const FIT_URL = '/fit';
export const ASKS_URL = '/asks';
export const NEW_ASK_URL = '/asks/new';
export const EXPERTISE_URL = '/expertise';
export const JOURNAL_MARKDOWN_URL = '/journal.md';
export const JOURNAL_CALENDAR_URL = '/journal.ics';

export function experimentUrl(id: string): string {
  return `${EXPERIMENTS_URL}/${encodeURIComponent(id)}`;
}

export function checkInUrl(id: string): string {
  return `${experimentUrl(id)}/check-ins`;
}

/** The page that asks before one check-in of experiment `id` is deleted; a POST there deletes it. */
export function deleteCheckInUrl(id: string, checkInId: string): string {
  return `${checkInUrl(id)}/${encodeURIComponent(checkInId)}/delete`;
}

export function finishExperimentUrl(id: string): string {
  return `${experimentUrl(id)}/finish`;
}

export function deleteExperimentUrl(id: string): string {
  return `${experimentUrl(id)}/delete`;
}

/** The fit chart, starting from a saved profile when one is named. */
export function fitUrl(profileId?: string): string {
  return profileId === undefined ? FIT_URL : `${FIT_URL}?profile=${encodeURIComponent(profileId)}`;
}

/** The timeline of a claimed governance topic (an expertise experiment). */
export function expertiseUrl(id: string): string {
  return `${EXPERTISE_URL}/${encodeURIComponent(id)}`;
}

export function expertiseCalendarUrl(id: string): string {
  return `${expertiseUrl(id)}.ics`;
}

export function askUrl(id: string): string {
  return `${ASKS_URL}/${encodeURIComponent(id)}`;
}

export function askMarkdownUrl(id: string): string {
  return `${askUrl(id)}.md`;
}

export function deleteAskUrl(id: string): string {
  return `${askUrl(id)}/delete`;
}

/** "Your data": where it lives, export, import, backup and deleting everything. */
export const SETTINGS_URL = '/settings';
export const SETTINGS_EXPORT_URL = '/settings/export.json';
export const SETTINGS_IMPORT_URL = '/settings/import';
export const SETTINGS_BACKUP_URL = '/settings/backup';
export const SETTINGS_DELETE_URL = '/settings/delete-all';
