import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/plan/load-plan.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PLANS = readdirSync(path.join(ROOT, 'plans'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `plans/${f}`);

describe('every shipped plan validates (examples never rot)', () => {
  it('there is at least one plan', () => {
    expect(PLANS).toContain('plans/phu-trung-2026-2030.yaml');
  });
  it.each([...PLANS, 'fixtures/plan/valid/minimal.yaml'])('%s has no errors', async (file) => {
    const r = await loadPlanFile(file, ROOT);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.plan).not.toBeNull();
  });
});

describe('plans/phu-trung-2026-2030.yaml encodes the seed plan', async () => {
  const { plan, diagnostics } = await loadPlanFile('plans/phu-trung-2026-2030.yaml', ROOT);
  const p = plan!;
  const target = (id: string) => p.targets.find((t) => t.id === id)!;

  it('is clean: no warnings either', () => expect(diagnostics).toEqual([]));
  it('identity', () => {
    expect(p.id).toBe('phu-trung-2026-2030');
    expect(p.reporting.convention).toBe('cchc');
    expect(p.period).toEqual({ start: '2026-01-01', end: '2030-12-31' });
    expect(p.document).toEqual({ type: 'Kế hoạch', number: '/KH-UBND', date: '2026-04' });
    expect(p.basis.map((b) => b.number)).toEqual(['1065/QĐ-UBND', '3090/SNV-CCHC&VTLT']);
  });
  it('19 targets: 8 in 2026-2027, 11 in 2028-2030', () => {
    expect(p.targets).toHaveLength(19);
    expect(p.targets.filter((t) => t.phase === 'gd-2026-2027')).toHaveLength(8);
    expect(p.targets.filter((t) => t.phase === 'gd-2028-2030')).toHaveLength(11);
  });
  it.each([
    ['to-chuc-bo-may', '2027-12-31'],
    ['hai-long-dvc-truc-tuyen', '2027-12-31'],
    ['quan-tri-du-lieu-2027', '2027-12-31'],
    ['quan-tri-du-lieu-2030', '2030-12-31'],
    ['thu-hang-cchc', '2030-12-31'],
  ])('%s is due at its phase end %s', (id, due) => expect(target(id).deadline).toBe(due));
  it('the sub-target has its parent', () => {
    expect(target('hai-long-tthc-dat-dai-xay-dung-dau-tu').parent).toBe('hai-long-tthc');
    expect(p.targets.filter((t) => t.parent)).toHaveLength(1);
  });
  it.each([
    ['dvc-truc-tuyen-toan-trinh', '=', 100],
    ['hai-long-tthc', '>=', 95],
    ['hai-long-tthc-dat-dai-xay-dung-dau-tu', '>=', 90],
    ['thanh-toan-truc-tuyen', '>=', 80],
    ['tai-su-dung-du-lieu', '>=', 90],
    ['quan-tri-du-lieu-2027', '>=', 3],
    ['quan-tri-du-lieu-2030', '>=', 4],
    ['hai-long-y-te-giao-duc', '>=', 90],
  ])('%s %s %d', (id, cmp, value) => {
    expect(target(id)).toMatchObject({ comparator: cmp, value });
  });
  it('rank, milestone and qualitative targets', () => {
    expect(target('thu-hang-cchc')).toMatchObject({ comparator: 'maintain-or-improve' });
    expect(target('thu-hang-cchc').value).toBeUndefined();
    for (const id of [
      'sap-xep-don-vi-su-nghiep',
      'to-chuc-bo-may',
      'tu-chu-tai-chinh',
      'thi-hanh-phap-luat',
      'doi-ngu-can-bo',
    ])
      expect(target(id).comparator).toBeUndefined();
  });
  it('18 indicators with the agreed kinds', () => {
    expect(p.indicators).toHaveLength(18);
    const kind = (c: string) => p.indicators.find((i) => i.code === c)?.kind;
    expect([kind('quan-tri-du-lieu'), kind('thu-hang-cchc'), kind('sap-xep-don-vi-su-nghiep')]).toEqual([
      'level',
      'rank',
      'milestone',
    ]);
    expect(p.indicators.filter((i) => i.kind === 'qualitative').map((i) => i.code)).toEqual([
      'to-chuc-bo-may',
      'tu-chu-tai-chinh',
      'thi-hanh-phap-luat',
      'doi-ngu-can-bo',
    ]);
  });
  it('6 areas in national order with their leads', () => {
    expect(p.areas.map((a) => [a.id, a.code, a.lead])).toEqual([
      ['the-che', 'II.1', 'vp-hdnd-ubnd'],
      ['thu-tuc-hanh-chinh', 'II.2', 'ttphvhcc'],
      ['bo-may', 'II.3', 'vhxh'],
      ['cong-vu', 'II.4', 'vhxh'],
      ['tai-chinh-cong', 'II.5', 'kinh-te'],
      ['chinh-quyen-so', 'II.6', 'ttphvhcc'],
    ]);
    for (const a of p.areas) {
      expect(a.partners).toEqual(['cac-don-vi']);
      expect(a.schedule).toMatchObject({ kind: 'recurring', every: 'period' });
    }
  });
  it('tasks: section II bullets per area and the five annual duties', () => {
    const count = (area: string) => p.tasks.filter((t) => t.area === area).length;
    expect([
      count('the-che'),
      count('thu-tuc-hanh-chinh'),
      count('bo-may'),
      count('cong-vu'),
      count('tai-chinh-cong'),
      count('chinh-quyen-so'),
    ]).toEqual([2, 14, 6, 6, 6, 4]);
    const annual = p.tasks.filter((t) => t.id.startsWith('hang-nam-'));
    expect(annual.map((t) => [t.id, t.owner, t.schedule.kind === 'recurring' && t.schedule.every])).toEqual([
      ['hang-nam-ke-hoach-cchc', 'vhxh', 'year'],
      ['hang-nam-ke-hoach-kiem-tra', 'vhxh', 'year'],
      ['hang-nam-boi-duong', 'vhxh', 'year'],
      ['hang-nam-danh-gia', 'vhxh', 'year'],
      ['hang-nam-tham-dinh-kinh-phi', 'kinh-te', 'year'],
    ]);
  });
  it('text slips are fixed in meaning', () => {
    const all = JSON.stringify(p);
    expect(all).not.toMatch(/công 5 lập|Phân đấu|theo đổi thi hành|chuyên đổi số/);
    expect(target('hai-long-y-te-giao-duc').title).toContain('giáo dục công lập');
  });
  it('every target points into the source text and has a position', () => {
    p.targets.forEach((t, i) => {
      expect(t.source).toMatch(/^I\.2 – Giai đoạn 20\d\d-20\d\d, ý \d/);
      expect(p.positions[`/targets/${i}`]?.line).toBeGreaterThan(0);
    });
  });
});

describe('plans/phu-trung-2026-2030.yaml: the whole seed (section V, aspirations, one-off)', async () => {
  const { loadPlanFile } = await import('../../src/plan/load-plan.js');
  const r = await loadPlanFile('plans/phu-trung-2026-2030.yaml', new URL('../..', import.meta.url).pathname);
  const p = r.plan!;
  const task = (id: string) => p.tasks.find((t) => t.id === id)!;
  it('is version 2 and every declared unit leads, owns or partners something', () => {
    expect(p.schemaVersion).toBe(2);
    expect(r.diagnostics.filter((d) => d.code === 'unit-owns-nothing')).toEqual([]);
    for (const id of ['ttdvth', 'cong-an', 'mttq']) expect(p.tasks.some((t) => t.owner === id)).toBe(true);
  });
  it('section V duties are tasks with their owners', () => {
    expect(p.tasks.filter((t) => /^v\d-\d$/.test(t.id)).map((t) => [t.id, t.owner])).toEqual([
      ['v1-3', 'vhxh'],
      ['v1-4', 'vhxh'],
      ['v2-1', 'vp-hdnd-ubnd'],
      ['v2-2', 'vp-hdnd-ubnd'],
      ['v4-3', 'ttphvhcc'],
      ['v5-1', 'ttdvth'],
      ['v5-2', 'ttdvth'],
      ['v5-3', 'ttdvth'],
      ['v5-4', 'ttdvth'],
      ['v6-1', 'cong-an'],
      ['v6-2', 'cong-an'],
      ['v7-1', 'mttq'],
    ]);
  });
  it('the 2026-2030 budget estimate is a one-off, its annual appraisal recurs', () => {
    expect(task('du-toan-kinh-phi-2026-2030').schedule.kind).toBe('once');
    expect(task('hang-nam-tham-dinh-kinh-phi').content).not.toContain('dự toán');
  });
  it('the two "Phấn đấu" targets are aspirations, the rest binding', () => {
    expect(p.targets.filter((t) => t.aspirational).map((t) => t.id)).toEqual([
      'quan-tri-du-lieu-2030',
      'thu-hang-cchc',
    ]);
  });
  it('keeps "đặc biệt" in the y tế / giáo dục indicator, and marks 766 numbers as the team’s mapping', () => {
    expect(p.indicators.find((i) => i.code === 'hai-long-y-te-giao-duc')!.name).toContain(
      'đặc biệt trong các lĩnh vực y tế',
    );
    for (const i of p.indicators) {
      const ref = i.computation?.reference ?? '';
      if (/766/.test(ref)) expect(ref).toMatch(/^Đối chiếu của nhóm cchc, không có trong văn bản/);
    }
  });
});
