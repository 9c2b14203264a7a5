import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/evaluate/evaluate-plan.js';
import { taskCompletion } from '../../src/evaluate/task-completion.js';
import type { RunReport } from '../../src/model/report.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';
import { explainTarget } from '../../src/words/reasons-target.js';
import { explainTask } from '../../src/words/reasons-task.js';
import { indicator, obs, options, period, plan, target } from '../evaluate/builders.js';

function report(title: string): RunReport {
  const p = plan({
    indicators: [indicator('x', 'percentage')],
    targets: [target({ id: 'x', indicator: 'x', comparator: '>=', value: 90, title })],
  });
  const e = evaluatePlan(p, [obs('x', 'Quý III/2026', 48.6)], [], options('2026-09-14'));
  return {
    tool: { name: 'cchc', version: '0.0.0' },
    plan: {
      id: p.id,
      title: p.title,
      revision: 1,
      file: 'plan.yaml',
      sha256: 'a'.repeat(64),
      issuer: p.issuer.name,
    },
    asOf: '2026-09-14',
    period: period('Quý III/2026'),
    convention: 'cchc',
    filters: {},
    inputs: [],
    summary: { ...e.summary, taskCompletion: taskCompletion(e.tasks, '2026-09-14') },
    targets: e.targets.map(explainTarget),
    tasks: e.tasks.map(explainTask),
    observations: [],
    diagnostics: [],
    names: { units: { vhxh: 'Phòng Văn hóa - Xã hội' }, areas: {}, phases: {} },
  };
}

describe('views', () => {
  it('Markdown escapes pipes and line breaks from plan text so the table cannot break', () => {
    const md = renderMarkdown(report('A | B\nC'), { lang: 'vi' });
    expect(md).toContain('| A \\| B C |');
  });
  it.each([
    ['vi', '48,6%'],
    ['en', '48.6%'],
  ] as const)('numbers follow the language (%s → %s)', (lang, text) => {
    expect(renderTable(report('T'), { lang, color: false })).toContain(text);
    expect(renderMarkdown(report('T'), { lang })).toContain(text);
  });
  it('JSON keeps numbers as numbers and ISO dates whatever the language', () => {
    const doc = JSON.parse(renderJson(report('T'), { lang: 'vi' }));
    expect(doc.targets[0]).toMatchObject({ actual: { value: 48.6 }, deadline: '2027-12-31' });
    expect(renderJson(report('T'), { lang: 'vi' }).endsWith('}\n')).toBe(true);
  });
  it('colour only when asked, with an explicit level (never the global chalk setting)', () => {
    expect(renderTable(report('T'), { lang: 'vi', color: true })).toContain('\u001b[');
    expect(renderTable(report('T'), { lang: 'vi', color: false })).not.toContain('\u001b[');
  });
});
