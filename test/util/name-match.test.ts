import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../src/util/name-match.js';

const units = [
  'Xã Giả lập 07',
  'Phường Giả lập 07',
  'Phường Giả lập 17',
  'Xã Phú Trung',
  'Phường Phú Trung',
].map((name) => ({ value: name, names: [name] }));
const m = new NameMatcher(units);

describe('NameMatcher suggestions', () => {
  it('a name written with its kind suggests the same kind first', () => {
    expect(m.nearest('Xã Giả lập 7')[0]).toBe('Xã Giả lập 07');
    expect(m.nearest('Phường Giả lập 7')[0]).toBe('Phường Giả lập 07');
  });

  it('a bare name weighs every kind alike', () => {
    expect(m.nearest('Giả lập 7')).toEqual(expect.arrayContaining(['Phường Giả lập 07', 'Xã Giả lập 07']));
  });

  it('a bare name two units share is never resolved to one of them', () => {
    expect(m.match('Phú Trung')).toEqual({ kind: 'several', values: ['Xã Phú Trung', 'Phường Phú Trung'] });
  });
});
