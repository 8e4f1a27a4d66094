/**
 * Deciding what an import adds. A record whose id is not saved yet is added, keeping its id and
 * timestamps. A record whose id is saved already is skipped when it is identical (so importing
 * one file twice adds nothing the second time) and is a conflict when it differs: the import is
 * refused whole, naming each such record and the fields that differ, and nothing changes. Lever
 * never overwrites or duplicates a record on import; the person decides (delete the record, or
 * everything, then import again). A check-in is part of its experiment: an experiment is
 * identical only with the same check-ins, and a new experiment may not bring a check-in whose id
 * is already saved elsewhere.
 */
import { fail, ok, type Result } from '../result.js';
import type { Problem } from '../validation.js';
import type { ImportSummary, LeverData } from './schema.js';

export interface ImportPlan {
  /** The records to insert, experiments with all their check-ins. */
  add: LeverData;
  summary: ImportSummary;
}

type Experiment = LeverData['experiments'][number];
type CheckIn = Experiment['checkIns'][number];

/** What importing `incoming` into a store holding `existing` adds, or the conflicts that refuse it. */
export function planImport(existing: LeverData, incoming: LeverData): Result<ImportPlan> {
  const conflicts: Problem[] = [];
  const add: LeverData = { profiles: [], experiments: [], asks: [] };
  const summary: ImportSummary = {
    profiles: { added: 0, unchanged: 0 },
    experiments: { added: 0, unchanged: 0 },
    checkIns: { added: 0, unchanged: 0 },
    asks: { added: 0, unchanged: 0 },
  };

  const savedProfiles = byId(existing.profiles);
  incoming.profiles.forEach((profile, i) => {
    const saved = savedProfiles.get(profile.id);
    if (saved === undefined) {
      add.profiles.push(profile);
      summary.profiles.added++;
    } else if (sameRecord(saved, profile)) summary.profiles.unchanged++;
    else
      conflicts.push(conflict(`profiles[${i}]`, 'saved profile', profile.id, profile.name, saved, profile));
  });

  const savedExperiments = byId(existing.experiments);
  const savedCheckIns = new Map<string, string>();
  for (const e of existing.experiments) for (const c of e.checkIns) savedCheckIns.set(c.id, e.id);
  incoming.experiments.forEach((raw, i) => {
    const experiment = { ...raw, checkIns: inLogOrder(raw.checkIns) };
    const saved = savedExperiments.get(experiment.id);
    const where = `experiments[${i}]`;
    if (saved !== undefined) {
      if (sameRecord(saved, experiment)) {
        summary.experiments.unchanged++;
        summary.checkIns.unchanged += experiment.checkIns.length;
      } else {
        conflicts.push(conflict(where, 'experiment', experiment.id, experiment.title, saved, experiment));
      }
      return;
    }
    const clashes = raw.checkIns.flatMap((checkIn, j) => {
      const owner = savedCheckIns.get(checkIn.id);
      if (owner === undefined) return [];
      const message = `check-in "${checkIn.id}" is already saved, in experiment "${owner}"; nothing was imported`;
      return [{ path: `${where}.checkIns[${j}].id`, message }];
    });
    if (clashes.length > 0) {
      conflicts.push(...clashes);
      return;
    }
    add.experiments.push(experiment);
    summary.experiments.added++;
    summary.checkIns.added += experiment.checkIns.length;
  });

  const savedAsks = byId(existing.asks);
  incoming.asks.forEach((ask, i) => {
    const saved = savedAsks.get(ask.id);
    if (saved === undefined) {
      add.asks.push(ask);
      summary.asks.added++;
    } else if (sameRecord(saved, ask)) summary.asks.unchanged++;
    else conflicts.push(conflict(`asks[${i}]`, 'ask', ask.id, ask.title, saved, ask));
  });

  return conflicts.length > 0 ? fail(conflicts) : ok({ add, summary });
}

/** Check-ins in the order the store keeps them: by date, then when logged, then id. */
export function inLogOrder(checkIns: readonly CheckIn[]): CheckIn[] {
  const key = (c: CheckIn) => [c.date, c.createdAt, c.id] as const;
  return [...checkIns].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      if (ka[i] !== kb[i]) return (ka[i] ?? '') < (kb[i] ?? '') ? -1 : 1;
    }
    return 0;
  });
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

function conflict(
  path: string,
  kind: string,
  id: string,
  label: string,
  saved: object,
  incoming: object,
): Problem {
  const fields = differingFields(saved, incoming);
  const message = `${kind} "${id}" (${JSON.stringify(label)}) is already saved with a different ${fields.join(', ')}; nothing was imported`;
  return { path, message };
}

/** The top-level fields whose values differ, in the order the incoming record lists them. */
export function differingFields(saved: object, incoming: object): string[] {
  const a = saved as Record<string, unknown>;
  const b = incoming as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((key) => canonicalJson(a[key]) !== canonicalJson(b[key]));
}

function sameRecord(saved: object, incoming: object): boolean {
  return canonicalJson(saved) === canonicalJson(incoming);
}

/** JSON text with object keys sorted, so two values compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).sort(([x], [y]) =>
      x < y ? -1 : x > y ? 1 : 0,
    );
    return Object.fromEntries(entries);
  });
}
