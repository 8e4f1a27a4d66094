/**
 * A problem as the sentence a page shows beside its field: it starts with the field's label and a
 * capital, says what is allowed and what was given, and ends with a full stop ("Steps: at most 20
 * allowed; you gave 23."). The API and the command line keep the validator's own wording, which
 * names the field by its path instead.
 */

/** Matches the validator's wordings that read better turned round, label first. */
const TOO_MANY = /^has too many items: at most (\d+) allowed$/;
const TOO_FEW = /^needs at least (\d+) items?$/;
const TOO_LARGE = /^(.+) is too large; at most (.+) allowed$/;
const TOO_SMALL = /^(.+) is too small; at least (.+) allowed$/;
const TOO_LONG = /^is too long: at most (\d+ characters?) allowed$/;

/** How many items or characters were given, when `given` is a list or a text. */
function sizeOf(given: unknown): number | undefined {
  if (Array.isArray(given)) return given.length;
  // UTF-16 units, as the validator counts a text's length.
  if (typeof given === 'string') return given.length;
  return undefined;
}

function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

function youGave(size: number | undefined): string {
  return size === undefined ? '' : `; you gave ${size}`;
}

/**
 * `message` (the validator's or the journal's words about the field labelled `label`) as a full
 * sentence naming the field; `given` is the value that was refused, to say how many were given.
 * A message that is already a sentence (it starts with a capital) is kept as it is.
 */
export function fieldSentence(label: string | undefined, message: string, given?: unknown): string {
  if (/^[A-Z]/.test(message)) return sentence(message);
  // "unknown fit test …" already says what it is about, so it needs no label in front.
  if (label === undefined || label === '' || /^unknown /.test(message)) return sentence(message);
  if (/^is required\b/.test(message)) return `${label} is required.`;
  const tooMany = TOO_MANY.exec(message);
  if (tooMany) return `${label}: at most ${tooMany[1]} allowed${youGave(sizeOf(given))}.`;
  const tooFew = TOO_FEW.exec(message);
  if (tooFew) return `${label}: at least ${tooFew[1]} needed${youGave(sizeOf(given))}.`;
  const tooLarge = TOO_LARGE.exec(message);
  if (tooLarge) return `${label}: at most ${tooLarge[2]} allowed; you gave ${tooLarge[1]}.`;
  const tooSmall = TOO_SMALL.exec(message);
  if (tooSmall) return `${label}: at least ${tooSmall[2]} allowed; you gave ${tooSmall[1]}.`;
  const tooLong = TOO_LONG.exec(message);
  if (tooLong) return `${label}: at most ${tooLong[1]} allowed${youGave(sizeOf(given))}.`;
  return sentence(`${label}: ${message}`);
}
