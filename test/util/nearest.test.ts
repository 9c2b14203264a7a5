import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/util/text.js';

describe('nearest (did you mean)', () => {
  it('a 2-letter word does not suggest an unrelated 2-letter id ("id" → "xy")', () => {
    expect(nearest('id', ['xy', 'ab'])).toEqual([]);
  });
  it('still suggests one typo in a short word and a real typo in a long one', () => {
    expect(nearest('vhx', ['vhxh', 'kt'])).toEqual(['vhxh']);
    expect(nearest('kinh-tee', ['kinh-te', 'vhxh'])).toEqual(['kinh-te']);
    expect(nearest('dvc-truc-tuyen-toan-trin', ['dvc-truc-tuyen-toan-trinh'])).toEqual([
      'dvc-truc-tuyen-toan-trinh',
    ]);
  });
  it('a swapped pair in a short id is still suggested; three edits on four letters are not', () => {
    expect(nearest('vhhx', ['vhxh'])).toEqual(['vhxh']);
    expect(nearest('vhxh', ['kvxa'])).toEqual([]);
    expect(nearest('ab', ['xy', 'ax'])).toEqual(['ax']);
  });
});
