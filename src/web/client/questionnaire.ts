/**
 * The questionnaire island. The server renders one long form that works on its own; this script
 * shows it one step at a time with a progress line, moves focus to each step's heading (so screen
 * readers announce where they are), keeps the answers in localStorage so a reload loses nothing,
 * and lets "what you have tried" grow by a row at a time. When the server sends the form back with
 * answers to change, it opens the step of the first one (the error summary above the form keeps
 * the focus the page gave it), and each link of the summary opens its field's step.
 */
import { readStorage, writeStorage } from './lib/storage.js';

const STORAGE_KEY = 'lever.questionnaire.v1';
/** The profile accepts at most this many history entries. */
const MAX_HISTORY_ROWS = 50;
const HISTORY_NAME = /^history\.(\d+)\./;

interface SavedAnswers {
  fields: [string, string][];
  step: number;
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function namedFields(form: HTMLFormElement): Field[] {
  return [...form.elements].filter(
    (el): el is Field =>
      (el instanceof HTMLInputElement ||
        el instanceof HTMLSelectElement ||
        el instanceof HTMLTextAreaElement) &&
      el.name !== '',
  );
}

/** Sets every field to the saved values (or empty), the way a person would have left them. */
function fill(form: HTMLFormElement, fields: readonly [string, string][]): void {
  const values = new Map<string, string[]>();
  for (const [name, value] of fields) values.set(name, [...(values.get(name) ?? []), value]);
  for (const el of namedFields(form)) {
    const given = values.get(el.name) ?? [];
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
      el.checked = given.includes(el.value);
    } else if (!(el instanceof HTMLInputElement && el.type === 'hidden')) {
      el.value = given[0] ?? '';
    }
  }
}

function enhance(form: HTMLFormElement): void {
  const steps = [...form.querySelectorAll<HTMLElement>('section.step')];
  const links = [...form.querySelectorAll<HTMLAnchorElement>('.step-list a')];
  const status = form.querySelector<HTMLElement>('#step-status');
  const meter = form.querySelector<HTMLProgressElement>('#step-meter');
  const rows = form.querySelector<HTMLElement>('#history-rows');
  const addRow = form.querySelector<HTMLButtonElement>('#add-history-row');
  const clear = form.querySelector<HTMLButtonElement>('#clear-answers');
  let current = 0;

  const save = () => {
    const fields: [string, string][] = [];
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && value !== '') fields.push([name, value]);
    }
    writeStorage<SavedAnswers>(STORAGE_KEY, { fields, step: current });
  };

  const show = (index: number, focus: boolean) => {
    current = Math.min(Math.max(index, 0), steps.length - 1);
    steps.forEach((step, i) => {
      step.hidden = i !== current;
    });
    links.forEach((link, i) => {
      if (i === current) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    });
    const title = links[current]?.textContent ?? '';
    if (status) status.textContent = `Step ${current + 1} of ${steps.length}: ${title}`;
    if (meter) meter.value = current + 1;
    if (focus) steps[current]?.querySelector<HTMLElement>('h2')?.focus();
    save();
  };

  /** Adds an empty "something you tried" row, numbered after the last one; returns it. */
  const addHistoryRow = (): HTMLElement | undefined => {
    const all = rows?.querySelectorAll<HTMLElement>('.history-row');
    const last = all?.[all.length - 1];
    if (!rows || !all || !last || all.length >= MAX_HISTORY_ROWS) return undefined;
    const index = all.length;
    const row = last.cloneNode(true) as HTMLElement;
    row.dataset.historyRow = String(index);
    const renumber = (text: string) => text.replace(HISTORY_NAME, `history.${index}.`);
    for (const el of row.querySelectorAll<HTMLElement>('[name], [id], [for]')) {
      for (const attr of ['name', 'id', 'for']) {
        const value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, renumber(value));
      }
    }
    const legend = row.querySelector('legend');
    if (legend) legend.textContent = `Something you tried (${index + 1})`;
    for (const el of row.querySelectorAll<Field>('input, select')) {
      el.value = '';
      el.removeAttribute('aria-invalid');
      el.removeAttribute('aria-describedby');
    }
    for (const message of row.querySelectorAll('.field-error')) message.remove();
    rows.append(row);
    if (addRow) addRow.hidden = index + 1 >= MAX_HISTORY_ROWS;
    return row;
  };

  // Reveal the controls that only make sense with this script running.
  form.classList.add('is-stepped');
  for (const el of form.querySelectorAll<HTMLElement>(
    '.step-progress, .step-nav, #add-history-row, #clear-answers',
  )) {
    el.hidden = false;
  }

  // A link from a plan carries answers that must win over older ones kept in this browser.
  const saved = form.dataset.prefilled === 'true' ? undefined : readStorage<SavedAnswers>(STORAGE_KEY);
  if (saved && Array.isArray(saved.fields)) {
    const needed = Math.max(-1, ...saved.fields.map(([name]) => Number(HISTORY_NAME.exec(name)?.[1] ?? -1)));
    while ((rows?.querySelectorAll('.history-row').length ?? 0) <= needed && addHistoryRow());
    fill(form, saved.fields);
  }

  /** A link to one question or field (the plan's "questions you skipped", the error summary) opens its step and focuses it. */
  const showTarget = (id: string): boolean => {
    const target = id === '' ? null : document.getElementById(id);
    const index = target ? steps.findIndex((step) => step.contains(target)) : -1;
    if (!target || index < 0) return false;
    show(index, false);
    target.scrollIntoView();
    const field = target.matches('input, select, textarea')
      ? target
      : target.querySelector<HTMLElement>('input, select, textarea');
    field?.focus();
    return true;
  };
  const showHashTarget = () => showTarget(decodeURIComponent(location.hash.slice(1)));
  const firstInvalid = form.querySelector('[aria-invalid="true"]');
  const invalidStep = firstInvalid ? steps.findIndex((step) => step.contains(firstInvalid)) : -1;
  if (!showHashTarget()) {
    show(invalidStep >= 0 ? invalidStep : typeof saved?.step === 'number' ? saved.step : 0, false);
  }
  window.addEventListener('hashchange', showHashTarget);
  // The summary's links work without this script too; with it, a link opens the step even when the
  // address already ends in that field's #fragment (a second click changes nothing else).
  document.getElementById('error-summary')?.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link?.hash || !showTarget(decodeURIComponent(link.hash.slice(1)))) return;
    event.preventDefault();
  });

  form.addEventListener('input', save);
  form.addEventListener('change', save);
  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-go-step]');
    if (button) show(Number(button.dataset.goStep), true);
  });
  // Enter in a field moves to the next step rather than submitting a half-answered form.
  form.addEventListener('keydown', (event) => {
    const el = event.target as Element;
    if (event.key !== 'Enter' || !(el instanceof HTMLInputElement) || current >= steps.length - 1) return;
    event.preventDefault();
    show(current + 1, true);
  });
  links.forEach((link, i) => {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      show(i, true);
    });
  });
  addRow?.addEventListener('click', () => {
    addHistoryRow()?.querySelector<HTMLElement>('select')?.focus();
    save();
  });
  clear?.addEventListener('click', () => {
    fill(form, []);
    show(0, true);
    if (status) status.textContent = `Your answers were cleared. ${status.textContent ?? ''}`;
  });
}

const form = document.getElementById('questionnaire');
if (form instanceof HTMLFormElement) enhance(form);
