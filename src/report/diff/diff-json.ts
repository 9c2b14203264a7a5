import type { Lang } from '../../model/diagnostic.js';
import type { ChangeValue, PlanChange, PlanChangeKind, PlanDiff } from '../../model/plan-diff.js';
import { CHANGE_LABELS } from '../../words/diff.js';
import type { DiffRenderOptions } from './diff-table.js';

/**
 * The public JSON contract of `cchc diff --format json` (version 1), built field by field.
 * Values are machine values (numbers in the indicator's unit, ISO dates, ids, comparator and
 * kind codes); every key is always present, `null` when it does not apply.
 */
export interface DiffJson {
  formatVersion: 1;
  tool: { name: 'cchc'; version: string };
  lang: Lang;
  old: { file: string; id: string; revision: number };
  new: { file: string; id: string; revision: number };
  summary: { changes: number; weakened: number };
  changes: DiffJsonChange[];
}

export interface DiffJsonChange {
  kind: PlanChangeKind;
  entity: PlanChange['entity'];
  id: string;
  /** The change in words, in `lang`. */
  label: string;
  before: ChangeValue;
  after: ChangeValue;
  /** Unit of measure for thresholds ("%"). */
  unit: string | null;
  /** Deadlines as the plan wrote them. */
  beforeLabel: string | null;
  afterLabel: string | null;
  weakened: boolean;
}

export function toDiffJson(diff: PlanDiff, opts: DiffRenderOptions): DiffJson {
  return {
    formatVersion: 1,
    tool: { name: 'cchc', version: opts.toolVersion },
    lang: opts.lang,
    old: { file: opts.oldFile, ...diff.old },
    new: { file: opts.newFile, ...diff.new },
    summary: { ...diff.summary },
    changes: diff.changes.map((c) => ({
      kind: c.kind,
      entity: c.entity,
      id: c.id,
      label: CHANGE_LABELS[c.kind][opts.lang],
      before: c.before,
      after: c.after,
      unit: c.unit ?? null,
      beforeLabel: c.beforeLabel ?? null,
      afterLabel: c.afterLabel ?? null,
      weakened: c.weakened,
    })),
  };
}

export function renderDiffJson(diff: PlanDiff, opts: DiffRenderOptions): string {
  return `${JSON.stringify(toDiffJson(diff, opts), null, 2)}\n`;
}
