/** A CSV line (or cell) longer than the documented limit is refused fast, in bounded memory, with its line. */
import { mkdtemp, open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LineBound, type LineTooLong, MAX_CSV_LINE } from '../../src/data/csv-limits.js';
import { readData } from '../../src/data/read-data.js';
import { testPlan } from '../data/test-plan.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cchc-csv-'));
});

const HEADER = 'Mã chỉ tiêu,Kỳ báo cáo,Giá trị,Ghi chú\n';
const ROW = 'ket-qua-dien-tu,Quý III/2026,90%,ghi chú\n';

/** HEADER, `rows` good rows, then `extra` characters with no line break, written in 1 MiB pieces. */
async function write(name: string, rows: number, extra: number): Promise<string> {
  const fh = await open(path.join(dir, name), 'w');
  await fh.write(HEADER + ROW.repeat(rows));
  const piece = 'x'.repeat(2 ** 20);
  for (let left = extra; left > 0; left -= piece.length)
    await fh.write(piece.slice(0, Math.min(left, piece.length)));
  await fh.close();
  return name;
}

const read = (name: string) => readData([name], testPlan, { cwd: dir, convention: 'cchc' });

describe('CSV line limit (fault 7)', () => {
  it('a 64 MB line is refused at its line, quickly, without holding the line', async () => {
    const name = await write('long.csv', 5, 64 * 2 ** 20);
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = Date.now();
    const r = await read(name);
    const ms = Date.now() - t0;
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.location).toEqual({ file: 'long.csv', row: 7 });
    expect(errors[0]!.message.en).toMatch(/Line 7 runs past the limit of 4 Mi characters/);
    expect(r.files).toEqual([]);
    // Stopped after ~4 MiB of the line: far under the 64 MB the old reader held (and its 9.5 s).
    expect(ms).toBeLessThan(3000);
    expect(process.memoryUsage().heapUsed - heap0).toBeLessThan(48 * 2 ** 20);
  });

  it('a line just under the limit is read', async () => {
    await writeFile(
      path.join(dir, 'ok.csv'),
      `${HEADER}${ROW}ket-qua-dien-tu,Quý II/2026,80%,${'y'.repeat(MAX_CSV_LINE - 100)}\n`,
    );
    const r = await read('ok.csv');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.observations).toHaveLength(2);
  });

  it('a quoted cell over the limit, spread over short lines, is refused too', async () => {
    const cell = 'z'
      .repeat(1000)
      .concat('\n')
      .repeat(Math.ceil(MAX_CSV_LINE / 1000) + 10);
    await writeFile(path.join(dir, 'cell.csv'), `${HEADER}${ROW}ket-qua-dien-tu,Quý II/2026,80%,"${cell}"\n`);
    const r = await read('cell.csv');
    expect(r.diagnostics.map((d) => d.message.en)).toEqual([
      expect.stringMatching(/A cell is longer than the limit/),
    ]);
  });
});

describe('LineBound counts \\n, \\r and \\r\\n alike, across chunks', () => {
  it.each([
    ['\n', 'LF'],
    ['\r', 'CR'],
    ['\r\n', 'CRLF'],
  ])('%j (%s)', (eol) => {
    const b = new LineBound(10);
    // Three lines of exactly 10 characters, split across chunks (a \r\n split between two of them too).
    b.feed(`abcdefghij${eol}abc`);
    b.feed(`defghij${eol.slice(0, 1)}`);
    b.feed(`${eol.slice(1)}0123456789${eol}`);
    let line = 0;
    try {
      b.feed('0123456789x');
    } catch (e) {
      line = (e as LineTooLong).line;
    }
    expect(line).toBe(4);
  });
});
