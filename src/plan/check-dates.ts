import type { Diagnostic } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import { parseSchedule } from '../periods/index.js';
import { isIsoDate } from '../util/date.js';
import { formatDate } from '../words/date.js';
import type { PlanCode } from '../words/diagnostics/catalog.js';
import { diag, type PlanCheck } from './check-context.js';
import { targetDeadline, taskDeadlineText, taskSchedule } from './resolve-deadline.js';

const EXAMPLES =
  '2026-06-30, "30/06/2026", "Quý II/2026", "Tháng 6/2026", "Năm 2027", "Trước ngày 15/12/2026", "Giai đoạn 2026-2027", "Thường xuyên", "Hằng năm", "Hằng quý"';

/** Dates that match YYYY-MM-DD but do not exist (2026-02-30), and ranges that end before they start. */
export const checkCalendarDates: PlanCheck = (ctx) => {
  const { raw } = ctx;
  const out: Diagnostic[] = [];
  const date = (value: string | undefined, pointer: string) => {
    if (value === undefined || value.length === 4) return;
    // Partial dates (YYYY-MM, for a document dated "tháng 4 năm 2026") are checked on their month.
    if (value.length === 7 ? isIsoDate(`${value}-01`) : isIsoDate(value)) return;
    out.push(
      diag(
        ctx,
        'invalid-date',
        'error',
        pointer,
        msg(`Ngày "${value}" không có trên lịch.`, `"${value}" is not a calendar date.`),
        msg('Hãy kiểm tra ngày và tháng (YYYY-MM-DD).', 'Check the day and month (YYYY-MM-DD).'),
        value,
      ),
    );
  };
  const range = (start: string, end: string, pointer: string) => {
    date(start, `${pointer}/start`);
    date(end, `${pointer}/end`);
    if (isIsoDate(start) && isIsoDate(end) && start > end)
      out.push(
        diag(
          ctx,
          'date-range-reversed',
          'error',
          `${pointer}/end`,
          msg(
            `Ngày kết thúc ${formatDate(end)} đứng trước ngày bắt đầu ${formatDate(start)}.`,
            `The end date ${formatDate(end)} is before the start date ${formatDate(start)}.`,
          ),
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
  const outsidePlan = (due: string, pointer: string, label: string) => {
    if (due >= start && due <= end) return;
    out.push(
      diag(
        ctx,
        'deadline-outside-plan',
        'error',
        pointer,
        msg(
          `Thời hạn "${label}" (${formatDate(due)}) nằm ngoài thời kỳ của kế hoạch (${formatDate(start)} – ${formatDate(end)}).`,
          `The deadline "${label}" (${formatDate(due)}) is outside the plan period (${formatDate(start)} – ${formatDate(end)}).`,
        ),
        undefined,
        label,
      ),
    );
  };
  raw.phases.forEach((p, i) => {
    if (p.start >= start && p.end <= end) return;
    out.push(
      diag(
        ctx,
        'phase-outside-plan',
        'error',
        `/phases/${i}`,
        msg(
          `Giai đoạn "${p.id}" (${formatDate(p.start)} – ${formatDate(p.end)}) vượt ra ngoài thời kỳ của kế hoạch (${formatDate(start)} – ${formatDate(end)}).`,
          `Phase "${p.id}" (${formatDate(p.start)} – ${formatDate(p.end)}) goes beyond the plan period (${formatDate(start)} – ${formatDate(end)}).`,
        ),
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
          'error',
          at,
          msg(
            `Thời hạn "${d.label}" (${formatDate(d.due)}) nằm ngoài giai đoạn "${phase.id}" (${formatDate(phase.start)} – ${formatDate(phase.end)}) của chỉ tiêu "${t.id}".`,
            `The deadline "${d.label}" (${formatDate(d.due)}) is outside phase "${phase.id}" (${formatDate(phase.start)} – ${formatDate(phase.end)}) of target "${t.id}".`,
          ),
          msg(
            'Sửa thời hạn, hoặc chuyển chỉ tiêu sang giai đoạn đúng.',
            'Fix the deadline or move the target to the right phase.',
          ),
        ),
      );
    }
  });
  raw.tasks?.forEach((t, i) => {
    const p = `/tasks/${i}`;
    const text = taskDeadlineText(t, raw);
    if (text === undefined) {
      out.push(
        diag(
          ctx,
          'missing-task-deadline',
          'error',
          p,
          msg(
            `Nhiệm vụ "${t.id}" không có thời hạn (deadline) và không thuộc lĩnh vực (area) nào để lấy thời gian thực hiện.`,
            `Task "${t.id}" has no deadline and no area to take its timing from.`,
          ),
          msg('Thêm "deadline: …" hoặc "area: …".', 'Add "deadline: …" or "area: …".'),
        ),
      );
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
  return diag(
    ctx,
    code,
    'error',
    pointer,
    msg(`Không hiểu thời hạn "${text}".`, `Cannot read the deadline "${text}".`),
    msg(`Viết theo một trong các dạng: ${EXAMPLES}.`, `Write it in one of these forms: ${EXAMPLES}.`),
    text,
  );
}

function targetDeadlineProblem(
  ctx: Parameters<PlanCheck>[0],
  reason: 'unparsed' | 'recurring' | 'missing',
  pointer: string,
  text: string,
): Diagnostic {
  if (reason === 'unparsed') return unparsed(ctx, 'bad-target-deadline', `${pointer}/deadline`, text);
  if (reason === 'recurring')
    return diag(
      ctx,
      'bad-target-deadline',
      'error',
      `${pointer}/deadline`,
      msg(
        `"${text}" là lịch lặp lại, không phải thời hạn của một chỉ tiêu.`,
        `"${text}" is a recurrence, not a deadline for a target.`,
      ),
      msg(
        'Ghi một ngày (31/12/2027) hoặc một kỳ (Năm 2027).',
        'Give a date (31/12/2027) or a period (Năm 2027).',
      ),
      text,
    );
  return diag(
    ctx,
    'missing-deadline',
    'error',
    pointer,
    msg(
      'Chỉ tiêu không có thời hạn: hãy ghi "phase" hoặc "deadline".',
      'The target has no deadline: add "phase" or "deadline".',
    ),
  );
}
