// Whose data a row is: the issuer's own (name, place, aliases, any folding of them), a declared reporting
// unit, or nobody the plan knows — an error with did-you-mean, never evaluated as the plan's own.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readData } from '../../src/data/read-data.js';
import type { Plan } from '../../src/model/plan.js';
import { NameMatcher } from '../../src/util/name-match.js';
import { testPlan, unitsPlan } from './test-plan.js';

async function csv(rows: string[]): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cchc-whose-'));
  await writeFile(
    path.join(dir, 'd.csv'),
    `Đơn vị,Mã chỉ tiêu,Kỳ báo cáo,Giá trị\r\n${rows.join('\r\n')}\r\n`,
  );
  return { dir, file: 'd.csv' };
}
const read = async (plan: Plan, rows: string[]) => {
  const f = await csv(rows);
  return readData([f.file], plan, { cwd: f.dir, convention: 'cchc' });
};
const commune: Plan = {
  ...testPlan,
  issuer: { name: 'Ủy ban nhân dân xã Phú Trung', place: 'Phú Trung', aliases: ['UBND Phu Trung'] },
};

describe('a commune plan (no reportingUnits): rows are the issuer’s own or an error', () => {
  it.each([
    'Xã Phú Trung',
    'UBND xã Phú Trung',
    'XÃ PHÚ TRUNG',
    'xa phu trung',
    'Phú Trung',
    'UBND  Phu-Trung',
    'xã phú trung'.normalize('NFD'),
  ])('%j is the issuer: evaluated as the plan’s own (no unit)', async (unit) => {
    const r = await read(commune, [`"${unit}",ket-qua-dien-tu,Quý I/2026,90%`]);
    expect(r.diagnostics).toEqual([]);
    expect(r.observations.map((o) => [o.value, o.unit])).toEqual([[90, undefined]]);
  });

  it('rows of the province or another commune are an error, once per spelling, with the count', async () => {
    const r = await read(commune, [
      'Khối tỉnh thành phố,ket-qua-dien-tu,Quý I/2026,90%',
      'Khối tỉnh thành phố,ket-qua-dien-tu,Quý II/2026,91%',
      'Xã Phú Trungg,ket-qua-dien-tu,Quý III/2026,92%',
      'Xã Phú Trung,ket-qua-dien-tu,Quý III/2026,80%',
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.location?.row, d.location?.col, d.text])).toEqual([
      ['data-unknown-reporting-unit', 'error', 2, 'A', 'Khối tỉnh thành phố'],
      ['data-unknown-reporting-unit', 'error', 4, 'A', 'Xã Phú Trungg'],
    ]);
    expect(r.diagnostics[0]!.message.vi).toContain('và 1 dòng khác');
    expect(r.diagnostics[1]!.message.en).toContain('Did you mean "Ủy ban nhân dân xã Phú Trung"?');
    // Only the issuer's row becomes an observation.
    expect(r.observations.map((o) => o.value)).toEqual([80]);
  });
});

describe('a plan with reporting units', () => {
  it('rows are the declared units’ (by id, name or alias), the ambiguous and unknown ones errors', async () => {
    const r = await read(unitsPlan, [
      'xa-phu-ly,ket-qua-dien-tu,Quý I/2026,90%',
      'UBND xã Phú Lý,ket-qua-dien-tu,Quý II/2026,91%',
      'Phú Trung,ket-qua-dien-tu,Quý I/2026,70%',
      'UBND tỉnh Thử,ket-qua-dien-tu,Quý I/2026,60%',
      'Xã Phú Lỹ,ket-qua-dien-tu,Quý III/2026,92%',
    ]);
    expect(r.observations.map((o) => [o.unit, o.value])).toEqual([
      ['xa-phu-ly', 90],
      ['xa-phu-ly', 91],
      ['xa-phu-trung', 70],
      ['UBND tỉnh Thử', 60],
      ['xa-phu-ly', 92],
    ]);
    // "Xã Phú Lỹ" folds to "xa phu ly": the tone mark is folded away with the others, so it is Phú Lý.
    expect(r.diagnostics).toEqual([]);
    const bad = await read(unitsPlan, ['Xã Phú Lâm,ket-qua-dien-tu,Quý I/2026,90%']);
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['data-unknown-reporting-unit']);
    expect(bad.diagnostics[0]!.message.vi).toContain('"Xã Phú Lý"');
  });
});

describe('NameMatcher', () => {
  const m = new NameMatcher([
    { value: 'x', names: ['Xã Tân Phú'] },
    { value: 'p', names: ['Phường Tân Phú'] },
    { value: 'd', names: ['Xã Đông Hòa'] },
  ]);
  it('full names first; a bare name that fits two is several, never a guess', () => {
    expect(m.match('UBND phường Tân Phú')).toEqual({ kind: 'one', value: 'p' });
    expect(m.match('Tân Phú')).toEqual({ kind: 'several', values: ['x', 'p'] });
    expect(m.match('dong hoa')).toEqual({ kind: 'one', value: 'd' });
    expect(m.match('Xã Dong Hoà')).toEqual({ kind: 'one', value: 'd' });
    expect(m.match('Xã Đông Hải')).toEqual({ kind: 'none', near: ['Xã Đông Hòa'] });
  });
});
