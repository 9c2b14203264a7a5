import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Words are made in one place: src/words (the vocabulary, the diagnostics catalog and, in src/words/input, the
 * spellings read from input). This scans every string literal of src/ (comments excluded) for Vietnamese
 * letters, and the code for text chosen by language; outside src/words there must be none. The list of files
 * still to move that this test once held is empty and gone: new text goes into src/words.
 */
const VI = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.includes('.generated.')
        ? [path.join(dir, e.name).split(path.sep).join('/')]
        : [],
  );
}

/** The string and template literals of a TypeScript text, comments skipped. */
function literals(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out.push(text.slice(i + 1, j));
      i = j + 1;
    } else i++;
  }
  return out;
}

const strayCount = (file: string) => literals(readFileSync(file, 'utf8')).filter((s) => VI.test(s)).length;

/** Text chosen by language: a worded literal as a msg() argument, a { vi, en } member, or a lang ternary. */
function languagePicks(text: string): string[] {
  const picks = [/\bmsg\(\s*['"`]/g, /\b(?:vi|en):\s*['"`]/g, /\blang === '(?:vi|en)'\s*\?\s*['"`]/g];
  const out: string[] = [];
  for (const re of picks)
    for (const m of text.matchAll(re)) {
      const lit = literals(text.slice(m.index + m[0].length - 1))[0] ?? '';
      if (/[A-Za-z]/.test(lit.replace(/\$\{[^}]*\}/g, ''))) out.push(m[0]);
    }
  return out;
}

describe('no stray words', () => {
  it('finds Vietnamese in literals and not in comments', () => {
    const dollar = '$';
    const source = `// 'Đạt'\nconst a = 'Đạt'; /* \`Quý\` */ const b = \`x ${dollar}{a} Không đạt\`;`;
    expect(literals(source)).toEqual(['Đạt', `x ${dollar}{a} Không đạt`]);
  });

  it('builds no Vietnamese text outside src/words', () => {
    const stray = sources('src')
      .filter((f) => !f.startsWith('src/words/'))
      .map((f) => [f, strayCount(f)] as const)
      .filter(([, n]) => n > 0)
      .map(([f, n]) => `${f}: ${n} literals with Vietnamese: put the words in src/words`);
    expect(stray).toEqual([]);
  });

  it('chooses no text by language outside src/words (English included)', () => {
    const found = sources('src')
      .filter((f) => !f.startsWith('src/words/'))
      .flatMap((f) => languagePicks(readFileSync(f, 'utf8')).map((m) => `${f}: ${m}`));
    expect(found).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(languagePicks("x = msg('Không đạt', 'Not met');")).toEqual(["msg('"]);
    const d = '$'; // a placeholder inside the sample text
    expect(languagePicks(`y = { vi: \`Kỳ ${d}{p}\`, en: \`Period ${d}{p}\` };`)).toEqual(['vi: `', 'en: `']);
    expect(languagePicks("const t = lang === 'en' ? 'Met' : 'Đạt';")).toEqual(["lang === 'en' ? '"]);
    // Placeholders and punctuation only are not words; a width chosen by language is not text.
    expect(
      languagePicks(
        `z = { vi: \`${d}{letter} "${d}{name}"\`, en: \`${d}{letter} "${d}{name}"\` }; w = lang === 'en' ? 13 : 10;`,
      ),
    ).toEqual([]);
  });

  it('the evaluation builds no text at all: its facts are worded in src/words/reasons-*', () => {
    const evaluate = sources('src/evaluate');
    expect(evaluate.length).toBeGreaterThan(5);
    expect(evaluate.filter((f) => strayCount(f) > 0)).toEqual([]);
    // No sentence is assembled there in English either: the old per-language builder is gone.
    expect(evaluate.filter((f) => /\bboth\(|l === 'vi'|lang === 'vi'/.test(readFileSync(f, 'utf8')))).toEqual(
      [],
    );
  });
});
