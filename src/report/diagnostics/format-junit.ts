import type { Diagnostic, Lang } from '../../model/diagnostic.js';
import { HINT_PREFIX, VALID_CASE } from '../../words/diagnostic-words.js';
import type { Formatter } from './file-diagnostics.js';
import { positionText } from './position-text.js';
import { sortDiagnostics } from './sort-diagnostics.js';

/**
 * Escape text for XML attributes and content, and drop the control characters XML 1.0 cannot
 * carry at all (a stray one in a plan would otherwise make the whole report unreadable).
 */
export function escapeXml(s: string): string {
  return [...s]
    .filter(isXmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** XML 1.0 allows tab, LF, CR and and U+0020 upwards except lone surrogates and U+FFFE/U+FFFF. */
function isXmlChar(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    c >= 0x10000
  );
}

/** Attribute values also keep their line breaks and tabs (a parser would fold them to spaces). */
export function escapeXmlAttr(s: string): string {
  return escapeXml(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/**
 * JUnit XML for CI dashboards: one testsuite per file, one testcase per diagnostic. Errors are
 * `<failure>`s; warnings are passing testcases whose text is in `<system-out>`, so a dashboard
 * shows them without turning the build red (the same rule as the exit code). A clean file gets
 * one passing testcase so it still shows up. No timestamps or durations: output is reproducible.
 */
export const formatJunit: Formatter = (files, opts) => {
  const suites = files.map((f) => suite(f.file, f.diagnostics, opts.lang));
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cchc validate" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.flatMap((s) => s.lines),
    '</testsuites>',
    '',
  ].join('\n');
};

function suite(file: string, diagnostics: Diagnostic[], lang: Lang) {
  const f = escapeXmlAttr(file);
  const sorted = sortDiagnostics(diagnostics);
  const failures = sorted.filter((d) => d.severity === 'error').length;
  const tests = Math.max(1, sorted.length);
  const lines = [`  <testsuite name="${f}" tests="${tests}" failures="${failures}" errors="0" skipped="0">`];
  if (sorted.length === 0) {
    const name = VALID_CASE[lang];
    lines.push(`    <testcase classname="${f}" name="${name}" file="${f}"/>`);
  }
  for (const d of sorted) {
    const pos = positionText(d.location);
    const name = escapeXmlAttr(`${pos ? `${pos} ` : ''}${d.code}`);
    const message = d.message[lang];
    const body = escapeXml(
      [`${file}${pos ? `:${pos}` : ''}`, message, ...(d.hint ? [HINT_PREFIX[lang] + d.hint[lang]] : [])].join(
        '\n',
      ),
    );
    const line = d.location?.line !== undefined ? ` line="${d.location.line}"` : '';
    lines.push(`    <testcase classname="${f}" name="${name}" file="${f}"${line}>`);
    if (d.severity === 'error') {
      lines.push(
        `      <failure type="${escapeXmlAttr(d.code)}" message="${escapeXmlAttr(message)}">${body}</failure>`,
      );
    } else {
      lines.push(`      <system-out>${body}</system-out>`);
    }
    lines.push('    </testcase>');
  }
  lines.push('  </testsuite>');
  return { lines, tests, failures };
}
