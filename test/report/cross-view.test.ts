import { stripVTControlCharacters } from 'node:util';
import type { Cell, Workbook } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRunReport, renderJson, renderMarkdown, renderTable, renderWorkbook } from '../../src/index.js';
import type { Lang } from '../../src/model/diagnostic.js';
import type { RunReport, TargetEvaluation } from '../../src/model/report.js';
import { targetNumbers } from '../../src/report/target-numbers.js';
import { periodLabel } from '../../src/words/period.js';
import { lowerFirst, STATUS_LABELS, statusWord } from '../../src/words/status.js';
import { valueText } from '../../src/words/value.js';
import { TEST_NOW } from '../harness/cli.js';
import { readBack } from '../xlsx/read-back.js';

/**
 * One report through every view (terminal table, Markdown, JSON, the Excel report read back): each target's
 * number, value, period and status word must be the same string in all of them, in both languages. (The diff
 * shows plan changes, not results, so it has none of these words.)
 */
let report: RunReport;
beforeAll(async () => {
  report = await buildRunReport(
    {
      plan: 'plans/phu-trung-2026-2030.yaml',
      data: ['fixtures/example/phu-trung-2026-gia-lap.csv'],
      period: 'Quý III/2026',
    },
    { cwd: process.cwd(), now: TEST_NOW },
  );
});

interface Words {
  number: string;
  status: string;
  value?: string;
  period?: string;
}

function wordsOf(t: TargetEvaluation, number: string, lang: Lang): Words {
  const w: Words = { number, status: STATUS_LABELS[t.status][lang] };
  if (t.actual && t.actual.value !== null) {
    w.value = valueText(t.kind, t.unit, t.actual.value, lang);
    w.period = periodLabel(t.actual.period, lang);
  }
  return w;
}

/**
 * What a spreadsheet shows in a cell: text as it is, a number through its format (0.528 with "0.0%" → 52,8% in
 * a Vietnamese locale), as LibreOffice or Excel would display it.
 */
function shown(cell: Cell, lang: Lang): string {
  if (typeof cell.value !== 'number') return cell.text;
  const fmt = cell.numFmt ?? '';
  const decimals = /0\.(0+)/.exec(fmt)?.[1]?.length ?? 0;
  const percent = fmt.endsWith('%');
  const n = (percent ? cell.value * 100 : cell.value).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return `${n}${percent ? '%' : ''}`;
}

/** The terminal table's lines from a target's number to the next numbered row. */
function tableBlock(lines: string[], number: string): string {
  const start = lines.findIndex((l) => new RegExp(`^\\s*${number.replace('.', '\\.')}\\s{2}`).test(l));
  if (start < 0) return '';
  let end = start + 1;
  while (end < lines.length && !/^\s*\d+(\.\d+)?\s{2}\S/.test(lines[end]!) && !/^──/.test(lines[end]!)) end++;
  return lines.slice(start, end).join('\n');
}

function excelRow(wb: Workbook, number: string, lang: Lang): Map<string, string> {
  const ws = wb.worksheets[0]!;
  let header = -1;
  let sttCol = -1;
  for (let r = 1; r <= ws.rowCount && header < 0; r++)
    ws.getRow(r).eachCell((c, col) => {
      if (['STT', 'No.'].includes(c.text)) [header, sttCol] = [r, col];
    });
  const names = new Map<number, string>();
  ws.getRow(header).eachCell((c, col) => {
    names.set(col, c.text);
  });
  for (let r = header + 1; r <= ws.rowCount; r++) {
    if (ws.getCell(r, sttCol).text !== number) continue;
    const out = new Map<string, string>();
    for (const [col, name] of names) out.set(name, shown(ws.getCell(r, col), lang));
    return out;
  }
  return new Map();
}

describe.each(['vi', 'en'] as const)('every view says the same (%s)', (lang) => {
  it('numbers, values, periods and status words', async () => {
    const numbers = targetNumbers(report);
    const lines = stripVTControlCharacters(
      renderTable(report, { lang, color: false, groupBy: 'auto', width: 220 }),
    ).split('\n');
    const md = renderMarkdown(report, { lang }).split('\n');
    const json = JSON.parse(renderJson(report, { lang })) as { targets: { id: string; reason: string }[] };
    const wb = await readBack(await renderWorkbook(report, { lang }));
    const [statusCol, resultCol, unitCol] =
      lang === 'vi' ? ['Đánh giá', 'Kết quả thực hiện', 'Đơn vị tính'] : ['Assessment', 'Result', 'Unit'];
    let checked = 0;
    report.targets.forEach((t, i) => {
      const w = wordsOf(t, numbers.get(t)!, lang);
      const where = `${lang} target ${w.number} (${t.id})`;
      const block = tableBlock(lines, w.number);
      expect(block, `${where}: table row`).not.toBe('');
      const mdRow = md.find((l) => l.startsWith(`| ${w.number} |`));
      expect(mdRow, `${where}: Markdown row`).toBeDefined();
      const xl = excelRow(wb, w.number, lang);
      expect(xl.size, `${where}: Excel row`).toBeGreaterThan(0);
      expect(block, `${where}: table status`).toContain(w.status);
      expect(mdRow, `${where}: Markdown status`).toContain(`**${w.status}**`);
      expect(xl.get(statusCol), `${where}: Excel status`).toBe(w.status);
      if (json.targets[i]!.reason.includes('→'))
        expect(json.targets[i]!.reason, `${where}: JSON reason`).toContain(`→ ${statusWord(t.status, lang)}`);
      if (w.value !== undefined && w.period !== undefined) {
        expect(block, `${where}: table value`).toContain(w.value);
        expect(block, `${where}: table period`).toContain(w.period);
        expect(mdRow, `${where}: Markdown value`).toContain(`${w.value} (${w.period})`);
        // A number cell shows the figure and the "Đơn vị tính" column its unit ("cấp độ" + 2 = "cấp độ 2").
        // A figure of an earlier period is text with its period under it: "62,5%\n(Quý II/2026)".
        // A text cell starts with a capital ("Hạng 9"), as valueText's cell form does.
        const [first, when] = xl.get(resultCol)!.split('\n');
        const cell = lowerFirst(first!);
        expect([cell, `${xl.get(unitCol)} ${cell}`], `${where}: Excel value`).toContain(w.value);
        if (when !== undefined) expect(when, `${where}: Excel period`).toBe(`(${w.period})`);
        else
          expect(t.actual!.period.id, `${where}: a bare Excel figure is the report's period`).toBe(
            report.period.id,
          );
        expect(json.targets[i]!.reason, `${where}: JSON reason`).toContain(`${w.value}`);
        expect(json.targets[i]!.reason, `${where}: JSON reason`).toContain(`(${w.period})`);
        checked++;
      }
    });
    // The example has figures for most targets: the test must compare something.
    expect(checked).toBeGreaterThan(8);
  });
});
