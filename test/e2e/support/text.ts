/** Reading text the way a person sees it. */
import type { Locator } from 'playwright-core';

/** An element's rendered text (CSS applied, as a reader sees it), trimmed. */
export async function shownText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property: the rendered text is what a person reads.
  return (await locator.innerText()).trim();
}
