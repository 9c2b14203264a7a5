import type { Diagnostic } from '../model/diagnostic.js';
import { parseSchedule } from '../periods/index.js';
import { isIsoDate } from '../util/date.js';
import { formatDate } from '../words/date.js';
import type { PlanCode } from '../words/diagnostics/catalog.js';
import { diag, type PlanCheck } from './check-context.js';
import { targetDeadline, taskDeadlineText, taskSchedule } from './resolve-deadline.js';

/** Dates that match YYYY-MM-DD but do not exist (2026-02-30), and ranges that end before they start. */
export const checkCalendarDates: PlanCheck = (ctx) => {
  const { raw } = ctx;
  const out: Diagnostic[] = [];
  const date = (value: string | undefined, pointer: string) => {
    if (value === undefined || value.length === 4) return;
    // Partial dates (YYYY-MM, for a document dated "tháng 4 năm 2026") are checked on their month.
    if (value.length === 7 ? isIsoDate(`${value}-01`) : isIsoDate(value)) return;
    out.push(diag(ctx, 'invalid-date', 'notOnCalendar', { date: value }, pointer, { text: value }));
  };
  const range = (start: string, end: string, pointer: string) => {
    date(start, `${pointer}/start`);
    date(end, `${pointer}/end`);
    if (isIsoDate(start) && isIsoDate(end) && start > end)
      out.push(
        diag(
          ctx,
          'date-range-reversed',
          'reversed',
          { start: formatDate(start), end: formatDate(end) },
          `${pointer}/end`,
        ),
      );
  };
  range(raw.period.start, raw.period.end, '/period');
  raw.phases.forEach((p, i) => {
    range(p.start, p.end, `/phases/${i}`);
  });
  date(raw.document?.date, '/document/date');
  date(raw.revision?.date, '/revision/date');
  raw.basis?.forEach((b, i) => {
    date(b.date, `/basis/${i}/date`);
  });
  raw.targets.forEach((t, i) => {
    date(t.baseline?.date, `/targets/${i}/baseline/date`);
  });
  return out;
};

/** Phases and every deadline must fall inside the plan's period; a target's deadline inside its phase. */
export const checkDeadlines: PlanCheck = (ctx) => {
  const { raw } = ctx;
  const out: Diagnostic[] = [];
  const { start, end } = raw.period;
  const plan = { planStart: formatDate(start), planEnd: formatDate(end) };
  const outsidePlan = (due: string, pointer: string, label: string) => {
    if (due >= start && due <= end) return;
    out.push(
      diag(ctx, 'deadline-outside-plan', 'outside', { label, due: formatDate(due), ...plan }, pointer, {
        text: label,
      }),
    );
  };
  raw.phases.forEach((p, i) => {
    if (p.start >= start && p.end <= end) return;
    out.push(
      diag(
        ctx,
        'phase-outside-plan',
        'outside',
        { phase: p.id, start: formatDate(p.start), end: formatDate(p.end), ...plan },
        `/phases/${i}`,
      ),
    );
  });
  raw.areas?.forEach((a, i) => {
    if (a.timing === undefined || parseSchedule(a.timing, raw.reporting.convention)) return;
    out.push(unparsed(ctx, 'bad-area-timing', `/areas/${i}/timing`, a.timing));
  });
  raw.targets.forEach((t, i) => {
    const p = `/targets/${i}`;
    const d = targetDeadline(t, raw);
    if (!d.ok) {
      if (d.reason === 'missing' && t.phase !== undefined) return; // unknown phase: reported by checkReferences
      out.push(targetDeadlineProblem(ctx, d.reason, p, t.deadline ?? ''));
      return;
    }
    const at = d.explicit ? `${p}/deadline` : p;
    if (d.due < start || d.due > end) {
      outsidePlan(d.due, at, d.label); // outside the plan is outside its phase too: say it once
      return;
    }
    const phase = raw.phases.find((x) => x.id === t.phase);
    if (phase && d.explicit && (d.due < phase.start || d.due > phase.end)) {
      out.push(
        diag(
          ctx,
          'deadline-outside-phase',
          'outside',
          {
            label: d.label,
            due: formatDate(d.due),
            phase: phase.id,
            start: formatDate(phase.start),
            end: formatDate(phase.end),
            target: t.id,
          },
          at,
        ),
      );
    }
  });
  raw.tasks?.forEach((t, i) => {
    const p = `/tasks/${i}`;
    const text = taskDeadlineText(t, raw);
    if (text === undefined) {
      out.push(diag(ctx, 'missing-task-deadline', 'missing', { task: t.id }, p));
      return;
    }
    const s = taskSchedule(t, raw);
    if (!s) {
      if (t.deadline !== undefined) out.push(unparsed(ctx, 'bad-task-deadline', `${p}/deadline`, text));
      return; // an area's bad timing is reported once, on the area
    }
    if (s.kind === 'once') outsidePlan(s.due, t.deadline !== undefined ? `${p}/deadline` : p, text);
  });
  return out;
};

function unparsed(ctx: Parameters<PlanCheck>[0], code: PlanCode, pointer: string, text: string): Diagnostic {
  return diag(ctx, code, 'unparsed', { text }, pointer, { hintId: 'unparsedHint', text });
}

function targetDeadlineProblem(
  ctx: Parameters<PlanCheck>[0],
  reason: 'unparsed' | 'recurring' | 'missing',
  pointer: string,
  text: string,
): Diagnostic {
  if (reason === 'unparsed') return unparsed(ctx, 'bad-target-deadline', `${pointer}/deadline`, text);
  if (reason === 'recurring')
    return diag(ctx, 'bad-target-deadline', 'recurring', { text }, `${pointer}/deadline`, {
      hintId: 'recurringHint',
      text,
    });
  return diag(ctx, 'missing-deadline', 'missing', {}, pointer);
}
