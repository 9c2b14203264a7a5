/**
 * The corpus of hand-made returns (fixtures/returns/**): every file there, whoever added it, is read with a
 * cell ledger, and every non-empty cell of every recognised table must end in an observation, a known or
 * named-unread column, a diagnostic, or a structural row (total, column numbers, outside the table after its
 * end). The plan: the nearest `returns.json` ({ "plan": path from the repository root, "units"?: [...] })
 * from the fixture's folder upwards, or a `<fixture>.json` sidecar beside it. Fixtures under tables/ are
 * also pinned by golden files (test/data/golden/returns/…).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CellLedger, cellFates } from '../../src/data/cell-ledger.js';
import { readData } from '../../src/data/read-data.js';
import type { Plan } from '../../src/model/plan.js';
import { loadPlanFile } from '../../src/plan/load-plan.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = 'fixtures/returns';
const DATA = /\.(csv|tsv|txt|xlsx|xlsm)$/i;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...walk(rel));
    else if (DATA.test(e.name)) out.push(rel);
  }
  return out;
}

interface Config {
  plan: string;
  units?: string[];
}

function configOf(file: string): Config {
  const sidecar = path.join(ROOT, `${file}.json`);
  if (existsSync(sidecar)) return JSON.parse(readFileSync(sidecar, 'utf8')) as Config;
  for (let dir = path.dirname(file); dir.startsWith(CORPUS); dir = path.dirname(dir)) {
    const f = path.join(ROOT, dir, 'returns.json');
    if (existsSync(f)) return JSON.parse(readFileSync(f, 'utf8')) as Config;
  }
  throw new Error(`no returns.json for ${file}`);
}

const plans = new Map<string, Plan>();
async function planOf(file: string): Promise<Plan> {
  let p = plans.get(file);
  if (!p) {
    const r = await loadPlanFile(file, ROOT);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    p = r.plan!;
    plans.set(file, p);
  }
  return p;
}

async function readWithLedger(file: string) {
  const cfg = configOf(file);
  const plan = await planOf(cfg.plan);
  const ledger = new CellLedger();
  const result = await readData([file], plan, {
    cwd: ROOT,
    convention: plan.reporting.convention,
    ledger,
    ...(cfg.units ? { units: cfg.units } : {}),
  });
  return { result, ledger, fates: cellFates(ledger, result.observations, result.progress) };
}

const files = walk(CORPUS);

describe('fixtures/returns: nothing vanishes', () => {
  it('the corpus is there', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  it.each(files)('%s', async (file) => {
    const { fates, ledger, result } = await readWithLedger(file);
    const lost = fates.filter((f) => f.fate === 'unaccounted');
    expect(lost).toEqual([]);
    // A table with unread columns names each of them (letter and header) in one warning.
    for (const t of ledger.tables) {
      if (t.unreadNamed.length === 0) continue;
      const named = result.diagnostics.filter(
        (d) =>
          d.code === 'data-unread-columns' && d.location?.file === t.file && d.location.sheet === t.sheet,
      );
      expect(named).toHaveLength(1);
      for (const c of t.unreadNamed) expect(named[0]!.message.vi).toContain(t.names[c] ?? '');
    }
  });
});

describe('fixtures/returns/tables and whose-data: golden results', () => {
  const pinned = (f: string) =>
    f.startsWith(`${CORPUS}/tables/`) || f.startsWith(`${CORPUS}/whose-data/`) || path.dirname(f) === CORPUS;
  it.each(files.filter(pinned))('%s', async (file) => {
    const { result, fates } = await readWithLedger(file);
    const where = (l: { sheet?: string; row?: number; col?: string }) =>
      `${l.sheet ? `${l.sheet}!` : ''}${l.col ?? ''}${l.row ?? ''}`;
    const count: Record<string, number> = {};
    for (const f of fates) count[f.fate] = (count[f.fate] ?? 0) + 1;
    const golden = {
      observations: result.observations.map((o) => [
        o.indicator,
        o.period.id,
        o.value,
        o.raw,
        where(o.source),
      ]),
      progress: result.progress.map((p) => [p.task, p.period.id, p.status, where(p.source)]),
      diagnostics: result.diagnostics.map((d) => [
        d.severity,
        d.code,
        d.location ? where(d.location) : '',
        d.message.vi,
      ]),
      fates: Object.fromEntries(Object.entries(count).sort()),
    };
    const name = path.relative(CORPUS, file);
    await expect(`${JSON.stringify(golden, null, 1)}\n`).toMatchFileSnapshot(`golden/returns/${name}.json`);
  });
});
