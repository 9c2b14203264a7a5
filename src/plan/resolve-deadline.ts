import type { Schedule } from '../model/period.js';
import { parseSchedule } from '../periods/index.js';
import { DEFAULT_AREA_TIMING } from '../words/plan-spellings.js';
import type { RawPlan, RawTarget, RawTask } from './raw-plan.js';

export { DEFAULT_AREA_TIMING };

export type TargetDeadline =
  | { ok: true; due: string; label: string; explicit: boolean }
  | { ok: false; reason: 'unparsed' | 'recurring' | 'missing' };

/**
 * When a target must be met: its own `deadline` (a date or a once-only period, read as its last
 * day), else the end of its phase. A recurring text ("Hằng năm") is not a deadline for a target.
 */
export function targetDeadline(t: RawTarget, raw: RawPlan): TargetDeadline {
  if (t.deadline !== undefined) {
    const s = parseSchedule(t.deadline, raw.reporting.convention);
    if (!s) return { ok: false, reason: 'unparsed' };
    if (s.kind !== 'once') return { ok: false, reason: 'recurring' };
    return { ok: true, due: s.due, label: t.deadline, explicit: true };
  }
  const phase = raw.phases.find((p) => p.id === t.phase);
  if (!phase) return { ok: false, reason: 'missing' };
  return { ok: true, due: phase.end, label: phase.name, explicit: false };
}

/** The text a task's deadline is read from: its own, else its area's timing. */
export function taskDeadlineText(t: RawTask, raw: RawPlan): string | undefined {
  if (t.deadline !== undefined) return t.deadline;
  const area = raw.areas?.find((a) => a.id === t.area);
  return area ? (area.timing ?? DEFAULT_AREA_TIMING) : undefined;
}

/** A task's schedule, or null when the deadline text is not understood (or missing). */
export function taskSchedule(t: RawTask, raw: RawPlan): Schedule | null {
  const text = taskDeadlineText(t, raw);
  return text === undefined ? null : parseSchedule(text, raw.reporting.convention);
}
