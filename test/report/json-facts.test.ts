import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/evaluate/evaluate-plan.js';
import { evaluateTarget } from '../../src/evaluate/evaluate-target.js';
import { evaluateTask } from '../../src/evaluate/evaluate-task.js';
import type { EvaluateOptions } from '../../src/evaluate/options.js';
import { taskCompletion } from '../../src/evaluate/task-completion.js';
import type { Lang } from '../../src/model/diagnostic.js';
import type { Observation, TaskProgress } from '../../src/model/observation.js';
import type { Indicator, Target, Task } from '../../src/model/plan.js';
import type { RunReport } from '../../src/model/report.js';
import { renderJson } from '../../src/report/json.js';
import { explainTarget } from '../../src/words/reasons-target.js';
import { explainTask } from '../../src/words/reasons-task.js';
import { indicator, obs, options, period, report, target, task } from '../evaluate/builders.js';

const schema = JSON.parse(readFileSync('schemas/report.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

const pct = indicator('dvc', 'percentage');
const rank = indicator('par', 'rank');
const ms = indicator('sx', 'milestone');
const ge100 = target({ indicator: 'dvc', comparator: '>=', value: 100 });
const at = options('2026-09-14');

/** One evaluation per rule kind, each through the run's explain step, as a RunReport. */
function everyRule(): RunReport {
  const t = (tg: Target, ind: Indicator, data: Observation[], o: EvaluateOptions = at) =>
    explainTarget(evaluateTarget({ target: tg, indicator: ind, observations: data, start: '2026-01-01' }, o));
  const targets = [
    t(ge100, pct, [
      obs('dvc', 'Quý II/2026', null, { denominator: 0, numerator: 0 }),
      obs('dvc', 'Quý IV/2026', 9),
    ]),
    t(target({ indicator: 'dvc' }), pct, [obs('dvc', 'Quý III/2026', 50)]),
    t({ ...ge100, deadline: '2026-03-31' }, pct, [obs('dvc', 'Quý III/2026', 100)]),
    t({ ...ge100, deadline: '2026-06-30' }, pct, [
      obs('dvc', 'Quý II/2026', 90),
      obs('dvc', 'Quý III/2026', 100),
    ]),
    t(target({ indicator: 'par', comparator: 'maintain-or-improve' }), rank, [
      obs('par', 'Quý I/2026', 9),
      obs('par', 'Quý III/2026', 11),
    ]),
    t(target({ indicator: 'sx' }), ms, [obs('sx', 'Quý III/2026', null, { assessment: 'in-progress' })]),
    t(
      ge100,
      pct,
      [obs('dvc', 'Quý I/2026', 40), obs('dvc', 'Quý III/2026', 55)],
      options('2026-09-14', { tolerance: 2 }),
    ),
    t({ ...ge100, method: 'trend' }, pct, [
      obs('dvc', 'Quý I/2026', 40),
      obs('dvc', 'Quý II/2026', 45),
      obs('dvc', 'Quý III/2026', 50),
    ]),
    t(ge100, pct, [obs('dvc', 'Quý I/2026', 55)]),
  ];
  const k = (tk: Task, progress: TaskProgress[], asOf = '2026-09-14') =>
    explainTask(
      evaluateTask({ task: tk, progress, planStart: '2026-01-01', convention: 'cchc' }, options(asOf)),
    );
  const tasks = [
    k(task('a', { kind: 'once', due: '2026-06-14', label: 'Quý II/2026' }), [
      report('a', 'Quý III/2026', 'done'),
    ]),
    k(
      task('y', { kind: 'recurring', every: 'year', label: 'Hằng năm' }),
      [report('y', 'Quý IV/2026', 'in-progress')],
      '2027-01-20',
    ),
    k(task('p', { kind: 'recurring', every: 'period', label: 'Thường xuyên' }), [
      report('p', 'Quý I/2026', 'done'),
    ]),
  ];
  return {
    tool: { name: 'cchc', version: '0.0.0' },
    plan: {
      id: 'p',
      title: 'Kế hoạch',
      revision: 1,
      file: 'plan.yaml',
      sha256: 'a'.repeat(64),
      issuer: 'UBND',
    },
    asOf: '2026-09-14',
    period: period('Quý III/2026'),
    convention: 'cchc',
    filters: {},
    inputs: [],
    summary: { ...summarize(targets, tasks), taskCompletion: taskCompletion(tasks, '2026-09-14') },
    targets,
    tasks,
    observations: [],
    diagnostics: [],
    names: { units: {}, areas: {}, phases: {} },
  };
}

describe('JSON facts (schemaVersion 2)', () => {
  const r = everyRule();

  it('covers every rule kind', () => {
    expect(r.targets.map((t) => t.facts.rule)).toEqual([
      'no-data',
      'no-target-value',
      'no-figure-by-deadline',
      'deadline-passed',
      'direct',
      'assessment',
      'linear',
      'trend',
      'one-figure',
    ]);
    expect(r.tasks.map((t) => t.facts.rule)).toEqual(['once', 'yearly', 'every-period']);
  });

  it.each(['vi', 'en'] as const)('validates against schemas/report.schema.json (%s)', (lang: Lang) => {
    const doc = JSON.parse(renderJson(r, { lang }));
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    expect(doc.schemaVersion).toBe(2);
  });

  it('periods carry id, kind, window and their label in the language asked for; numbers stay numbers', () => {
    const vi = JSON.parse(renderJson(r, { lang: 'vi' }));
    const en = JSON.parse(renderJson(r, { lang: 'en' }));
    const late = vi.targets[3].facts;
    expect(Object.keys(late)[0]).toBe('rule');
    expect(late.reachedLater).toEqual({
      id: '2026-Q3',
      kind: 'quarter',
      start: '2026-06-15',
      end: '2026-09-14',
      label: 'Quý III/2026',
    });
    expect(en.targets[3].facts.reachedLater.label).toBe('Q3 2026');
    expect(vi.targets[6].facts).toMatchObject({ rule: 'linear', tolerance: 2, expected: 56.8 });
    expect(typeof vi.targets[7].facts.projection).toBe('number');
  });

  it('the reason is rendered only in the language asked for', () => {
    const VI = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
    const en = JSON.parse(renderJson(r, { lang: 'en' }));
    const reasons = [...en.targets, ...en.tasks].map((x: { reason: string }) => x.reason);
    // Plan text quoted in a reason (the schedule "Thường xuyên") is the plan's, not a translation.
    expect(reasons.filter((s: string) => VI.test(s.replaceAll('Thường xuyên', '')))).toEqual([]);
    const vi = JSON.parse(renderJson(r, { lang: 'vi' }));
    expect(vi.targets.map((x: { reason: string }) => x.reason)).toEqual(r.targets.map((t) => t.reason.vi));
  });
});
