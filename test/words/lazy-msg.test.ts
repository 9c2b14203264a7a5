import { describe, expect, it } from 'vitest';
import type { Msg } from '../../src/model/diagnostic.js';
import { lazyMsg } from '../../src/words/lazy-msg.js';

describe('lazyMsg: a reason worded when read', () => {
  const render = (s: { n: number; calls: number }): Msg => {
    s.calls++;
    return { vi: `thực tế ${s.n}`, en: `actual ${s.n}` };
  };

  it('reads, compares, spreads and serialises as a plain { vi, en }', () => {
    const subject = { n: 5, calls: 0 };
    const m = lazyMsg(subject, render);
    expect(m.vi).toBe('thực tế 5');
    expect(m.en).toBe('actual 5');
    expect(m).toEqual({ vi: 'thực tế 5', en: 'actual 5' });
    expect({ ...m }).toEqual({ vi: 'thực tế 5', en: 'actual 5' });
    expect(JSON.parse(JSON.stringify(m))).toEqual({ vi: 'thực tế 5', en: 'actual 5' });
    expect(structuredClone(m)).toEqual({ vi: 'thực tế 5', en: 'actual 5' });
    expect(Object.keys(m)).toEqual(['vi', 'en']);
  });

  it('words nothing until read, and follows its subject', () => {
    const subject = { n: 5, calls: 0 };
    const m = lazyMsg(subject, render);
    expect(subject.calls).toBe(0);
    subject.n = 7;
    expect(m.en).toBe('actual 7');
    expect(subject.calls).toBe(1);
  });
});
