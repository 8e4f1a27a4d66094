/**
 * Search as you type on the library page. The page works without this script (a plain GET form);
 * with it, each change fetches the server-rendered results region and swaps it in, so the results
 * come from the same search and the same markup as a submitted form, for about a kilobyte of script.
 */

/** Matches the server's RESULTS_FRAGMENT_PATH and RESULTS_ID. */
const FRAGMENT_PATH = '/library/_results';
const RESULTS_ID = 'library-results';
/** Long enough to skip the requests for letters typed in a burst, short enough to feel immediate. */
const DEBOUNCE_MS = 120;

/** The form's non-empty values as a query string, the same one a submit would produce. */
function formQuery(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') params.set(name, value);
  }
  return params.toString();
}

function enhance(form: HTMLFormElement): void {
  const status = document.getElementById('library-status');
  let pending: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = formQuery(form);

  async function refresh(): Promise<void> {
    const query = formQuery(form);
    if (query === shown) return;
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    try {
      const response = await fetch(`${FRAGMENT_PATH}?${query}`, { signal: controller.signal });
      if (!response.ok) throw new Error(`status ${response.status}`);
      // Parsed as an inert document: the server escaped every value, and scripts never run from here.
      const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = parsed.getElementById(RESULTS_ID);
      const current = document.getElementById(RESULTS_ID);
      if (!fresh || !current || controller.signal.aborted) return;
      current.replaceWith(document.adoptNode(fresh));
      if (status) status.textContent = fresh.dataset.status ?? '';
      shown = query;
      // The address keeps up with the search, so reloading, sharing or going back shows the same list.
      history.replaceState(null, '', query === '' ? form.action : `${form.action}?${query}`);
    } catch (error) {
      // A failed fetch leaves the form to work the old way: submitting reloads the page.
      if ((error as Error).name !== 'AbortError') console.warn('library search:', error);
    }
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), DEBOUNCE_MS);
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void refresh();
  });
}

const form = document.querySelector<HTMLFormElement>('form[data-library-search]');
if (form) enhance(form);
