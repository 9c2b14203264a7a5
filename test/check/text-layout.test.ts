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
  ])('%j → %i', (s, w) => {
    expect(displayWidth(s)).toBe(w);
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
