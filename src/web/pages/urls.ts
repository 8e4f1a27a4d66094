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

/** Compares two plans; each side is a saved profile's id or an encoded profile. */
export function compareUrl(a: string, b: string): string {
  return `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}
