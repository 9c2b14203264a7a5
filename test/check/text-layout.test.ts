import { describe, expect, it } from 'vitest';
import { clip, displayWidth, wrap } from '../../src/report/text-layout.js';

describe('displayWidth', () => {
  it.each([
    ['Quý III/2026', 12],
    // NFD: the combining marks take no column, so a decomposed word measures like the composed one.
    ['Quy\u0301 III', 7],
    ['Quý III', 7],
    ['—', 1],
    ['数据', 4],
    ['', 0],
    // Each of these measured 1-3 columns off before the cluster rules (old width in the comment).
    ['😀', 2], // 1
    ['Đạt 😀', 6], // 5
    ['👨\u200d👩\u200d👧', 2], // 5: a ZWJ family is one glyph
    ['a\u200bb', 2], // 3: zero-width space
    ['cải\u00adcách', 7], // 8: soft hyphen
    ['❤\ufe0f', 2], // 1: VS16 asks for the emoji form
    ['1\ufe0f\u20e3', 2], // 1: keycap
    ['🇻🇳', 2], // a flag: two regional indicators, one glyph
    ['👍🏽', 2], // skin tone joins its emoji
    ['\u2060x\ufeff', 1], // word joiner and BOM
  ])('%j → %i', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });

  it('pads rows with such text to the same width (what the table does per cell)', async () => {
    const { padEnd } = await import('../../src/report/text-layout.js');
    const cells = ['Đạt', 'Đạt ✅', 'Đạt 👨\u200d👩\u200d👧', 'đạt\u00adđược', 'x\u200by', 'Quy\u0301'];
    const rows = cells.map((c) => `|${padEnd(c, 12)}|`);
    // Every row ends at the same terminal column: its width, measured cluster by cluster, is 14.
    for (const r of rows) expect(displayWidth(r)).toBe(14);
  });
});

describe('cutting a long word', () => {
  it('never splits an emoji cluster or a letter from its marks', () => {
    const family = '👨\u200d👩\u200d👧';
    const lines = wrap(`${family}${family}${family}`, 3);
    expect(lines).toEqual([family, family, family]);
    const nfd = 'Quy\u0301Quy\u0301';
    expect(wrap(nfd, 4)).toEqual(['Quy\u0301Q', 'uy\u0301']);
  });
});

describe('wrap', () => {
  it.each([
    ['short', 10, ['short']],
    ['a b c d', 3, ['a b', 'c d']],
    ['hai-long-tthc-dat-dai', 8, ['hai-long', '-tthc-da', 't-dai']],
    ['  spaces   collapse ', 20, ['spaces collapse']],
    ['', 5, ['']],
    ['Có nguy cơ không đạt', 12, ['Có nguy cơ', 'không đạt']],
  ])('%j at %i', (text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
  });
  it('never loses a character', () => {
    const text = 'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt tối thiểu 80%';
    for (const w of [5, 9, 17, 40]) {
      const lines = wrap(text, w);
      expect(lines.every((l) => displayWidth(l) <= w)).toBe(true);
      expect(lines.join(' ')).toBe(text);
    }
  });
});

describe('clip', () => {
  it.each([
    ['one two three four', 9, 2, ['one two', 'three…']],
    ['one two', 9, 2, ['one two']],
    ['one two three', 7, 2, ['one two', 'three']],
    // The last kept line is full: it is cut so the ellipsis still fits in the width.
    ['abcdefg hijklmn opq', 7, 2, ['abcdefg', 'hijklm…']],
    ['abc def', 3, 1, ['ab…']],
  ])('%j at %i×%i', (text, width, max, lines) => {
    expect(clip(text, width, max)).toEqual(lines);
    expect(lines.every((l) => displayWidth(l) <= width)).toBe(true);
  });
});
