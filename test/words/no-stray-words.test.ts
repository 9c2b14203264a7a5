import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Words are made in one place: src/words (the vocabulary and the diagnostics catalog). This scans every string
 * literal of src/ (comments excluded) for Vietnamese letters; a file outside src/words that builds Vietnamese
 * text must be on the list below, which holds what was there when the vocabulary landed, file by file, and
 * may only shrink. New text goes into src/words (and new diagnostics into src/words/diagnostics), never into
 * a file of this list nor a new file. Words read from input (header aliases, period and status spellings)
 * are on the list too until they move.
 */
const NOT_YET_IN_WORDS: Record<string, number> = {};

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

describe('no stray words', () => {
  it('finds Vietnamese in literals and not in comments', () => {
    const dollar = '$';
    const source = `// 'Đạt'\nconst a = 'Đạt'; /* \`Quý\` */ const b = \`x ${dollar}{a} Không đạt\`;`;
    expect(literals(source)).toEqual(['Đạt', `x ${dollar}{a} Không đạt`]);
  });

  it('builds no Vietnamese text outside src/words, beyond what is still to move', () => {
    const grown: string[] = [];
    for (const f of sources('src')) {
      if (f.startsWith('src/words/')) continue;
      const n = strayCount(f);
      const allowed = NOT_YET_IN_WORDS[f] ?? 0;
      if (n > allowed)
        grown.push(`${f}: ${n} literals with Vietnamese (allowed ${allowed}): put the words in src/words`);
    }
    expect(grown).toEqual([]);
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

  it('lists only files that still exist', () => {
    const all = new Set(sources('src'));
    expect(Object.keys(NOT_YET_IN_WORDS).filter((f) => !all.has(f))).toEqual([]);
  });
});
