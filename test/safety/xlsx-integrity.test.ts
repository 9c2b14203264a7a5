/**
 * Damaged and hostile workbooks, made at test time from the example workbook (written by exceljs) and
 * from one written by openpyxl: each is an error naming the file and sheet (and the cell when there is
 * one), never a partial read. The U+FFFD test puts chunk boundaries inside Vietnamese letters.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readData } from '../../src/data/read-data.js';
import type { Plan } from '../../src/model/plan.js';
import { loadPlanFile } from '../../src/plan/load-plan.js';
import { runCli } from '../harness/cli.js';
import { edit, type Parts, unzip, without, type ZipOptions, zip } from './zip-tools.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const EXAMPLE = 'fixtures/example/phu-trung-2026-gia-lap.xlsx';
const PLAN = 'plans/phu-trung-2026-2030.yaml';
const SHEET1 = 'xl/worksheets/sheet1.xml';
const SST = 'xl/sharedStrings.xml';
let dir = '';
let plan: Plan;
let parts: Parts;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cchc-xlsx-'));
  plan = (await loadPlanFile(PLAN, REPO)).plan!;
  parts = unzip(await readFile(path.join(REPO, EXAMPLE)));
});

let n = 0;
async function readBytes(bytes: Buffer, name = `book-${n++}.xlsx`) {
  await writeFile(path.join(dir, name), bytes);
  return readData([name], plan, { cwd: dir, convention: 'cchc' });
}
const readParts = (p: Parts, opts?: ZipOptions) => readBytes(zip(p, opts));
const errors = (r: Awaited<ReturnType<typeof readData>>) =>
  r.diagnostics.filter((d) => d.severity === 'error');

describe('the zip tools themselves', () => {
  it('a workbook taken apart and put back reads as the original', async () => {
    const original = await readData([EXAMPLE], plan, { cwd: REPO, convention: 'cchc' });
    const rebuilt = await readParts(parts);
    expect(errors(rebuilt)).toEqual([]);
    expect(rebuilt.observations.length).toBe(original.observations.length);
    expect(rebuilt.observations.length).toBeGreaterThan(20);
  });
});

describe('damaged parts are errors naming the file and sheet (faults 4, 11)', () => {
  it('a sheet whose XML is cut in half', async () => {
    const r = await readParts(edit(parts, SHEET1, (x) => x.slice(0, Math.floor(x.length / 2))));
    const [e, ...rest] = errors(r);
    expect(rest).toEqual([]);
    expect(e!.location).toEqual({ file: expect.stringMatching(/\.xlsx$/), sheet: 'Chỉ tiêu' });
    expect(e!.message.en).toMatch(/xl\/worksheets\/sheet1\.xml \(sheet "Chỉ tiêu"\) .* cut short/);
    expect(r.files).toEqual([]);
  });

  it('the file itself cut short (no zip directory)', async () => {
    const whole = zip(parts);
    const r = await readBytes(whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(errors(r).map((d) => d.message.en)).toEqual([expect.stringMatching(/damaged or cut short/)]);
  });

  it('a part whose compressed bytes stop early', async () => {
    const r = await readParts(parts, { cutData: { [SHEET1]: 200 } });
    expect(errors(r)[0]!.message.en).toMatch(/sheet1\.xml \(sheet "Chỉ tiêu"\) of the workbook is damaged/);
  });

  it('a sheet part that is missing', async () => {
    const r = await readParts(without(parts, SHEET1));
    expect(errors(r)[0]!.message.en).toMatch(/lists sheet "Chỉ tiêu" but the part .* is missing/);
  });

  it('XML that is not well-formed names the sheet', async () => {
    const r = await readParts(
      edit(parts, SHEET1, (x) => x.replace('<sheetData>', '<sheetData><row r="1"><c')),
    );
    expect(errors(r)[0]!.location?.sheet).toBe('Chỉ tiêu');
    expect(errors(r)[0]!.message.en).toMatch(/damaged XML/);
  });
});

describe('zip bombs are bounded (fault 11)', () => {
  it('a part that inflates beyond what the directory declares is stopped there', async () => {
    const big = edit(parts, SHEET1, (x) => x.replace('<sheetData>', `${' '.repeat(3_000_000)}<sheetData>`));
    const r = await readParts(big, { declaredSize: { [SHEET1]: 10_000 } });
    expect(errors(r)[0]!.message.en).toMatch(/damaged \(larger than declared\)/);
  });

  it('a part declaring more than the limit is refused before inflating', async () => {
    const r = await readParts(parts, { declaredSize: { [SHEET1]: 3 * 2 ** 30 } });
    expect(errors(r)[0]!.message.en).toMatch(
      /inflates to 3072 MB, over the 1024 MB limit \(possibly a "zip bomb"\)/,
    );
  });

  it('one cell longer than 4 MB is refused', async () => {
    const r = await readParts(edit(parts, SST, (x) => x.replace('<t>', `<t>${'x'.repeat(5 * 2 ** 20)}`)));
    expect(errors(r)[0]!.message.en).toMatch(/cell or tag longer than 4 MB characters/);
  });
});

describe('shared strings (faults 5, 11)', () => {
  it('a cell pointing at a shared string that does not exist is an error at that cell', async () => {
    const r = await readParts(
      edit(parts, SHEET1, (x) =>
        x.replace('<c r="B5" s="1" t="s"><v>4</v>', '<c r="B5" s="1" t="s"><v>99999</v>'),
      ),
    );
    const [e, ...rest] = errors(r);
    expect(rest).toEqual([]);
    expect(e!.location).toMatchObject({ sheet: 'Chỉ tiêu', row: 5, col: 'B' });
    expect(e!.message.en).toMatch(/points at shared string 99999 but the workbook has only \d+ \(0–\d+\)/);
  });

  it('a workbook without its shared-strings part says so, not "no header row"', async () => {
    const r = await readParts(without(parts, SST));
    const messages = errors(r).map((d) => d.message.en);
    expect(messages.join('\n')).toMatch(/has no shared-strings part \(xl\/sharedStrings\.xml\)/);
    expect(messages.join('\n')).not.toMatch(/No header row/);
    expect(errors(r)[0]!.location).toMatchObject({ sheet: 'Chỉ tiêu', row: 1, col: 'A' });
  });
});

describe('text is decoded as one UTF-8 stream (fault 6)', () => {
  // A stored (uncompressed) sheet is read in 64 KiB chunks from its first byte: pad it so that chunk
  // boundaries fall inside three-byte letters, which a per-chunk decoder turns into U+FFFD.
  function sheetWithLetters(): Buffer {
    const rows = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã chỉ tiêu</t></is></c><c r="B1" t="inlineStr"><is><t>Kỳ báo cáo</t></is></c><c r="C1" t="inlineStr"><is><t>Giá trị</t></is></c><c r="D1" t="inlineStr"><is><t>Đơn vị</t></is></c></row>',
    ];
    for (let i = 2; i < 1600; i++) {
      rows.push(
        `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>ket-qua-dien-tu</t></is></c><c r="B${i}" t="inlineStr"><is><t>Quý III/2026</t></is></c><c r="C${i}"><v>90</v></c><c r="D${i}" t="inlineStr"><is><t>Thôn ${'ệ'.repeat(40)} ${i}</t></is></c></row>`,
      );
    }
    const head =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
    const body = Buffer.from(`<sheetData>${rows.join('')}</sheetData></worksheet>`, 'utf8');
    const start = Buffer.byteLength(head);
    // Spaces before <sheetData> shift the text: pick the shift that puts byte 65536 inside a letter.
    const inside = (b: number | undefined) => b !== undefined && (b & 0xc0) === 0x80;
    let pad = 0;
    while (!inside(body[65536 - start - pad])) pad++;
    const xml = Buffer.concat([Buffer.from(head + ' '.repeat(pad)), body]);
    expect(inside(xml[65536])).toBe(true);
    expect([131072, 196608].some((at) => inside(xml[at]))).toBe(true);
    return xml;
  }

  it('every letter survives chunk boundaries that fall inside it', async () => {
    const xml = sheetWithLetters();
    const p = new Map(parts);
    p.set(SHEET1, xml);
    const r = await readParts(p, { store: [SHEET1] });
    // The plan declares no reporting units, so each village is refused by name: the names, as decoded, are in
    // the diagnostics (one per spelling), and nothing else went wrong.
    const named = r.diagnostics
      .filter((d) => d.code === 'data-unknown-reporting-unit')
      .map((d) => d.text ?? '');
    expect(errors(r).length).toBe(named.length);
    expect(new Set(named).size).toBe(1598);
    expect(named.every((u) => /^Thôn ệ{40} \d+$/.test(u))).toBe(true);
  });

  it('any U+FFFD in a cell (bytes that were not UTF-8) is an error at that cell', async () => {
    const sst = parts.get(SST)!;
    const at = sst.indexOf(Buffer.from('Quý', 'utf8'));
    const bad = Buffer.from(sst);
    bad[at + 3] = 0xff; // first byte of "ý" (C3 BD) → not UTF-8
    const p = new Map(parts);
    p.set(SST, bad);
    const r = await readParts(p);
    const e = errors(r).find((d) => d.code === 'data-bad-encoding');
    expect(e?.location).toMatchObject({ sheet: 'Chỉ tiêu', col: 'B' });
    expect(e?.message.en).toMatch(/replacement character "\uFFFD" \(U\+FFFD\)/);
    expect(r.files).toEqual([]);
  });
});

describe('the wrong format under the right name (fault 11)', () => {
  it('an OpenDocument spreadsheet named .xlsx', async () => {
    const ods: Parts = new Map([
      ['mimetype', Buffer.from('application/vnd.oasis.opendocument.spreadsheet')],
      ['content.xml', Buffer.from('<?xml version="1.0"?><office:document-content/>')],
      ['META-INF/manifest.xml', Buffer.from('<manifest/>')],
    ]);
    const r = await readParts(ods, { store: ['mimetype'] });
    expect(errors(r).map((d) => d.message.en)).toEqual([
      expect.stringMatching(/OpenDocument spreadsheet \(\.ods/),
    ]);
    expect(errors(r)[0]!.hint?.en).toMatch(/Save As → "Excel 2007-365 \(\.xlsx\)"/);
  });

  it('some other zip named .xlsx', async () => {
    const r = await readParts(new Map([['readme.txt', Buffer.from('hi')]]));
    expect(errors(r)[0]!.message.en).toMatch(/zip archive but not an Excel workbook/);
  });
});

describe('workbooks written by openpyxl and LibreOffice, damaged (fixtures/safety)', () => {
  const load = async (name: string) => unzip(await readFile(path.join(REPO, 'fixtures/safety', name)));
  const sheet = 'Số liệu quý III';

  it('as written, both read without an error', async () => {
    for (const name of ['openpyxl-written.xlsx', 'libreoffice-saved.xlsx']) {
      const r = await readParts(await load(name));
      expect(errors(r)).toEqual([]);
      expect(r.observations.length).toBeGreaterThan(10);
    }
  });

  it('openpyxl: the sheet cut after its tenth row', async () => {
    const p = await load('openpyxl-written.xlsx');
    const r = await readParts(edit(p, SHEET1, (x) => x.slice(0, x.indexOf('<row r="11"'))));
    expect(errors(r).map((d) => [d.location?.sheet, d.message.en])).toEqual([
      [sheet, expect.stringMatching(/sheet1\.xml .* is cut short/)],
    ]);
    expect(r.files).toEqual([]);
  });

  it('LibreOffice: a bad shared-string index, at its cell', async () => {
    const p = await load('libreoffice-saved.xlsx');
    const r = await readParts(
      edit(p, SHEET1, (x) =>
        x.replace('<c r="A2" s="0" t="s"><v>9</v>', '<c r="A2" s="0" t="s"><v>4000</v>'),
      ),
    );
    expect(errors(r)[0]!.location).toMatchObject({ sheet, row: 2, col: 'A' });
    expect(errors(r)[0]!.message.vi).toMatch(/chuỗi dùng chung số 4000 nhưng tệp chỉ có/);
  });

  it('LibreOffice: the shared strings part removed', async () => {
    const r = await readParts(without(await load('libreoffice-saved.xlsx'), SST));
    expect(errors(r)[0]!.message.en).toMatch(/no shared-strings part/);
  });

  it('LibreOffice: a workbook saved with a password says so and how to remove it', async () => {
    const r = await readData(['fixtures/safety/encrypted-libreoffice.xlsx'], plan, {
      cwd: REPO,
      convention: 'cchc',
    });
    const [e] = errors(r);
    expect(e!.message.en).toBe(
      'The workbook is password-protected (encrypted), so its content cannot be read.',
    );
    expect(e!.hint?.en).toMatch(/Encrypt with Password, clear the password/);
    expect(e!.message.vi).not.toMatch(/\.xls\b/);
  });

  it('LibreOffice: an .ods named .xlsx', async () => {
    const r = await readData(['fixtures/safety/ods-named-xlsx.xlsx'], plan, {
      cwd: REPO,
      convention: 'cchc',
    });
    expect(errors(r).map((d) => d.message.en)).toEqual([expect.stringMatching(/OpenDocument spreadsheet/)]);
  });
});

describe('check stops with exit 2 on a damaged workbook', () => {
  it('truncated sheet: exit 2, the file and sheet named, no report on stdout', async () => {
    await writeFile(path.join(dir, 'cut.xlsx'), zip(edit(parts, SHEET1, (x) => x.slice(0, 5000))));
    await writeFile(path.join(dir, 'plan.yaml'), await readFile(path.join(REPO, PLAN)));
    const r = await runCli(['check', 'plan.yaml', '--data', 'cut.xlsx', '--period', 'Quý III/2026'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cut\.xlsx.*Chỉ tiêu/);
    expect(r.stderr).toMatch(/bị cắt cụt/);
  });
});
