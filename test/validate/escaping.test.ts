import { describe, expect, it } from 'vitest';
import {
  escapeGithubData,
  escapeGithubProperty,
  formatGithub,
} from '../../src/report/diagnostics/format-github.js';
import { escapeXml, escapeXmlAttr } from '../../src/report/diagnostics/format-junit.js';
import { toSarifUri } from '../../src/report/diagnostics/format-sarif.js';
import { ruleDescription } from '../../src/report/diagnostics/rule-descriptions.js';
import { DIAGNOSTIC_CATALOG } from '../../src/words/diagnostics/catalog.js';

describe('GitHub workflow-command escaping', () => {
  it.each([
    ['100%', '100%25', '100%25'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['%0A literal', '%250A literal', '%250A literal'],
    ['::error::', '::error::', '%3A%3Aerror%3A%3A'],
    ['Đơn vị', 'Đơn vị', 'Đơn vị'],
  ])('%j → data %j, property %j', (input, data, prop) => {
    expect(escapeGithubData(input)).toBe(data);
    expect(escapeGithubProperty(input)).toBe(prop);
  });

  it('a message cannot start a second workflow command on a new line', () => {
    const out = formatGithub(
      [
        {
          file: 'p.yaml',
          diagnostics: [{ code: 'x', severity: 'error', message: { vi: 'a\n::error::giả', en: 'a' } }],
        },
      ],
      { lang: 'vi', color: false, toolVersion: '0' },
    );
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('::error file=p.yaml,title=cchc x::a%0A::error::giả');
  });

  it('omits line properties when the diagnostic has no line', () => {
    const out = formatGithub(
      [{ file: 'p.yaml', diagnostics: [{ code: 'x', severity: 'warning', message: { vi: 'v', en: 'e' } }] }],
      { lang: 'en', color: false, toolVersion: '0' },
    );
    expect(out.split('\n')[0]).toBe('::warning file=p.yaml,title=cchc x::e');
  });
});

describe('XML escaping', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<tag attr="x">', '&lt;tag attr=&quot;x&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007 nul\u0000 ok', 'bell nul ok'],
    ['lone \ud800 surrogate', 'lone  surrogate'],
    ['emoji 😀 kept', 'emoji 😀 kept'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
  ])('%j → %j', (input, out) => {
    expect(escapeXml(input)).toBe(out);
  });

  it('keeps line breaks in attributes as character references', () => {
    expect(escapeXmlAttr('a\nb\tc')).toBe('a&#10;b&#9;c');
  });
});

describe('SARIF URIs', () => {
  it.each([
    ['plans/a.yaml', 'plans/a.yaml'],
    ['plans/xã phú trung.yaml', 'plans/x%C3%A3%20ph%C3%BA%20trung.yaml'],
    ['a#b/c?d.yaml', 'a%23b/c%3Fd.yaml'],
  ])('%s → %s', (file, uri) => {
    expect(toSarifUri(file)).toBe(uri);
  });
});

describe('rule descriptions', () => {
  it('are listed under kebab-case codes with text in both languages', () => {
    for (const [code, { title: d }] of Object.entries(DIAGNOSTIC_CATALOG)) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(d.vi.length).toBeGreaterThan(3);
      expect(d.en.length).toBeGreaterThan(3);
    }
  });

  it.each([
    ['unknown-unit', 'Reference to a unit the plan does not define'],
    ['some-new-check', 'Some new check'],
  ])('%s → %s', (code, en) => expect(ruleDescription(code).en).toBe(en));
});
