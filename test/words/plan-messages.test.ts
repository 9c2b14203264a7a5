import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlanFile, parsePlan } from '../../src/plan/load-plan.js';
import { CATALOG_BY_STAGE, observeCatalogMessages } from '../../src/words/diagnostics/catalog.js';
import { PLAN_MESSAGE_CASES, type PlanMessageCase } from './plan-message-cases.js';

/**
 * Every message template of the plan stage is reached by a plan: the shipped plans and fixtures, then one
 * small broken plan per template they leave out. `catalogMessage` throws when a call site does not give a
 * placeholder its template names, so reaching each template once proves its call site fills it, in both
 * languages. A template no plan can reach is dead words; a case here that stops reaching its template
 * fails too.
 */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? yamlFiles(path.join(dir, e.name))
      : e.name.endsWith('.yaml')
        ? [path.join(dir, e.name)]
        : [],
  );
}

/** Load one case: bytes as standard input, text with its units file as the reader gives it. */
async function run([, plan, units]: PlanMessageCase): Promise<void> {
  if (Buffer.isBuffer(plan)) {
    await loadPlanFile('-', '.', async () => plan);
    return;
  }
  const reader =
    units === undefined
      ? undefined
      : () => (typeof units === 'string' ? { text: units, file: 'don-vi.yaml' } : { error: units });
  parsePlan(plan, 'case.yaml', reader);
}

const used = new Set<string>();
observeCatalogMessages((code, id) => used.add(`${code}/${id}`));
afterAll(() => observeCatalogMessages(undefined));

const planTemplates = Object.entries(CATALOG_BY_STAGE.plan).flatMap(([code, e]) =>
  Object.keys(e.messages ?? {}).map((id) => `${code}/${id}`),
);

describe('plan message templates', () => {
  it('are reached by the shipped plans and fixtures', async () => {
    for (const f of [...yamlFiles('plans'), ...yamlFiles('fixtures/plan')]) await loadPlanFile(f, '.');
    expect(used.size).toBeGreaterThan(10);
  });

  it.each(PLAN_MESSAGE_CASES)('%s', async (...c) => {
    used.clear();
    await run(c);
    expect([...used]).toContain(c[0]);
  });

  it('are each reached at least once', async () => {
    used.clear();
    for (const f of [...yamlFiles('plans'), ...yamlFiles('fixtures/plan')]) await loadPlanFile(f, '.');
    for (const c of PLAN_MESSAGE_CASES) await run(c);
    expect(planTemplates.filter((t) => !used.has(t))).toEqual([]);
  });
});
