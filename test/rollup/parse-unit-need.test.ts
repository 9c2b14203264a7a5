import { describe, expect, it } from 'vitest';
import { parseUnitNeed } from '../../src/plan/parse-unit-need.js';

describe('parseUnitNeed: how many units a target over units needs', () => {
  it.each([
    ['100%', { kind: 'share', value: 100 }],
    ['≥ 80%', { kind: 'share', value: 80 }],
    ['>= 80%', { kind: 'share', value: 80 }],
    ['tối thiểu 80%', { kind: 'share', value: 80 }],
    [' 66,7 %', { kind: 'share', value: 66.7 }],
    ['80', { kind: 'share', value: 80 }],
    [80, { kind: 'share', value: 80 }],
    ['ít nhất 10/13', { kind: 'count', value: 10, of: 13 }],
    ['10/13 sở', { kind: 'count', value: 10, of: 13 }],
    ['ít nhất 10', { kind: 'count', value: 10 }],
    ['10 xã', { kind: 'count', value: 10 }],
    ['at least 2/13', { kind: 'count', value: 2, of: 13 }],
  ] as const)('%j', (text, expected) => {
    expect(parseUnitNeed(text)).toMatchObject(expected);
  });

  it.each(['trên 80%', 'abc', '', '80%%', '10/'])('%j is not understood', (text) => {
    expect(parseUnitNeed(text)).toBeNull();
  });
});
