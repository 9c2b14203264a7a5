import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Workbook } from 'exceljs';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli/main.js';
import { agencyLines } from '../../src/words/agency.js';
import { fakeIo } from '../harness/cli.js';
import { readBack } from './read-back.js';

/** The README's Phú Trung example through the CLI, as the officer makes it: `cchc report` or `cchc template`. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'cchc-appendix-'));
const PLAN = 'plans/phu-trung-2026-2030.yaml';
const DATA = ['--data', 'fixtures/example/phu-trung-2026-gia-lap.csv'];

/** Any command that writes a workbook (`--period "Quý III/2026" --output …` added), read back. */
export async function cliWorkbook(args: string[]) {
  const out = path.join(tmp, `r${Math.random().toString(36).slice(2)}.xlsx`);
  const io = fakeIo({ cwd: ROOT });
  const code = await run([...args, '--period', 'Quý III/2026', '--output', out], io);
  expect(code, io.err()).toBe(0);
  const bytes = readFileSync(out);
  return { bytes, wb: await readBack(bytes) };
}

/** `cchc report` of the example for Quý III/2026, with `extra` options. */
export const exampleReport = (...extra: string[]) => cliWorkbook(['report', PLAN, ...DATA, ...extra]);

/** `cchc template` of the example plan for Quý III/2026, with `extra` options. */
export const exampleTemplate = (...extra: string[]) => cliWorkbook(['template', PLAN, ...extra]);

/** Every string of the plan and the data file: the only Vietnamese an English workbook may show. */
function inputTexts(): string[] {
  const root = ROOT;
  const plan = parse(readFileSync(path.join(root, PLAN), 'utf8'));
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(plan);
  const csv = readFileSync(path.join(root, DATA[1] as string), 'utf8');
  for (const line of csv.split(/\r?\n/)) out.push(...line.split(','));
  out.push(...agencyLines(plan.issuer.name));
  // A title is quoted without its closing full stop in lists ("• 2. 100% thủ tục …: At risk").
  return out
    .flatMap((s) => [s, s.replace(/\.\s*$/, '')])
    .map((s) => s.trim().toLocaleLowerCase('vi'))
    .filter((s) => s.length > 1)
    .sort((a, b) => b.length - a.length);
}

const VI = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

export function cellTexts(wb: Workbook): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((row, r) =>
      row.eachCell((c, col) => {
        // A merged cell's followers repeat (or, for an empty master, cannot read) the master's text.
        if (c.isMerged && c.master !== c) return;
        if (c.text) out.push({ where: `${ws.name}!R${r}C${col}`, text: c.text });
      }),
    );
  return out;
}

/**
 * Cells of an English workbook of the example whose Vietnamese letters do not all come from the plan or the data
 * (case folded; `allowed` adds words the workbook keeps Vietnamese on purpose). Empty when it is English throughout.
 */
export function strayVietnamese(wb: Workbook, allowed: string[] = []): { where: string; rest: string }[] {
  const inputs = [...inputTexts(), ...allowed.map((a) => a.toLocaleLowerCase('vi'))].sort(
    (a, b) => b.length - a.length,
  );
  return cellTexts(wb)
    .map(({ where, text }) => {
      let rest = text.toLocaleLowerCase('vi');
      for (const s of inputs) if (rest.includes(s)) rest = rest.split(s).join(' ');
      return { where, rest };
    })
    .filter(({ rest }) => VI.test(rest));
}
