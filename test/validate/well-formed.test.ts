import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/report/diagnostics/index.js';
import { CLEAN, SAMPLE } from './sample-diagnostics.js';

const opts = { lang: 'vi' as const, color: false, toolVersion: '1.2.3' };

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A crude but strict XML reader: balanced tags, quoted attributes, only the five entities and numeric references. */
function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml [^?]*\?>\n/, '');
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const checkText = (t: string) => {
    if (/[<>]/.test(t)) throw new Error(`raw markup in text: ${t}`);
    for (const m of t.matchAll(/&([^;]*);?/g)) {
      if (!/^&(amp|lt|gt|quot|apos|#\d+);$/.test(m[0])) throw new Error(`bad entity ${m[0]}`);
    }
  };
  let pos = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z-]+)((?:\s+[A-Za-z-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const text = body.slice(pos, m.index);
    checkText(text);
    stack.at(-1)!.text += text;
    pos = m.index + m[0].length;
    const [, close, name, attrText, selfClose] = m;
    if (close) {
      const top = stack.pop()!;
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText!.matchAll(/([A-Za-z-]+)="([^"]*)"/g)) {
      checkText(a[2]!);
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1]!] = a[2]!;
    }
    const el: XmlElement = { name: name!, attrs, children: [], text: '' };
    stack.at(-1)!.children.push(el);
    if (!selfClose) stack.push(el);
  }
  const rest = body.slice(pos);
  if (rest.trim() !== '') throw new Error(`trailing text: ${rest}`);
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (root.children.length !== 1) throw new Error('exactly one root element expected');
  return root.children[0]!;
}

describe('JUnit XML', () => {
  it('the crude parser rejects broken XML (so the checks below can fail)', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a>x < y</a>')).toThrow();
  });

  it('is well-formed with one suite per file and one case per diagnostic', () => {
    const xml = FORMATTERS.junit(SAMPLE, opts);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toMatchObject({ tests: '5', failures: '3' });
    expect(root.children.map((s) => [s.attrs.name, s.children.length])).toEqual([
      ['plans/xã phú-trung.yaml', 3],
      ['plans/a,b:c%.yaml', 1],
      ['plans/sach.yaml', 1],
    ]);
    const first = root.children[0]!;
    expect(first.children.map((c) => c.children[0]?.name)).toEqual(['failure', 'failure', 'system-out']);
    expect(root.children[2]!.children[0]!.children).toEqual([]);
  });

  it('a clean run has only passing cases', () => {
    const root = parseXml(FORMATTERS.junit(CLEAN, opts));
    expect(root.attrs).toMatchObject({ tests: '2', failures: '0' });
  });
});

describe('SARIF', () => {
  const log = JSON.parse(FORMATTERS.sarif(SAMPLE, opts));
  const run = log.runs[0];

  it('has the required top-level fields', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'cchc', version: '1.2.3' });
  });

  it('declares one rule per code, sorted, with a description; results point at their rule', () => {
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual([
      'percentage-out-of-range',
      'unknown-schema-version',
      'unknown-unit',
      'weaker-later-target',
    ]);
    for (const r of run.tool.driver.rules) expect(r.shortDescription.text).not.toBe('');
    for (const res of run.results) {
      expect(ids[res.ruleIndex]).toBe(res.ruleId);
      expect(['error', 'warning']).toContain(res.level);
      expect(res.message.text).not.toBe('');
      expect(res.locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/^\/|\\/);
    }
    expect(run.results).toHaveLength(4);
  });

  it('gives regions only where a line is known', () => {
    const regions = run.results.map(
      (r: { locations: { physicalLocation: { region?: unknown } }[] }) =>
        r.locations[0]!.physicalLocation.region ?? null,
    );
    expect(regions).toEqual([
      { startLine: 3, startColumn: 1 },
      { startLine: 12, startColumn: 12, endLine: 12, endColumn: 19 },
      { startLine: 40, startColumn: 12, endLine: 40, endColumn: 13 },
      null,
    ]);
  });

  it('a clean run has no results and no rules', () => {
    const clean = JSON.parse(FORMATTERS.sarif(CLEAN, opts)).runs[0];
    expect(clean.results).toEqual([]);
    expect(clean.tool.driver.rules).toEqual([]);
  });
});
