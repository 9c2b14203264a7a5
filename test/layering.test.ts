import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Dependencies flow one way: cli → check (the run) → plan, data, evaluate, report → model, words, util. The
 * CLI's I/O object never reaches the core; the core takes `{ cwd, now }` (RunContext). This scans every import
 * of every source file, so a new arrow back up fails here rather than in review.
 */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

const files = sources('src');
const importsOf = (f: string) =>
  [...readFileSync(f, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) =>
    path
      .relative('src', path.resolve(path.dirname(f), m[1]!))
      .split(path.sep)
      .join('/'),
  );

describe('layering', () => {
  it('nothing outside src/cli imports from src/cli', () => {
    const bad = files
      .filter((f) => !f.startsWith(`src${path.sep}cli${path.sep}`))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => i.startsWith('cli/'))
          .map((i) => `${f} → ${i}`),
      );
    expect(bad).toEqual([]);
  });

  it.each(['model', 'words', 'util'])('src/%s imports no stage above it', (layer) => {
    const above = ['cli/', 'check/', 'plan/', 'data/', 'evaluate/', 'report/', 'rollup/'];
    const bad = files
      .filter((f) => f.startsWith(`src${path.sep}${layer}${path.sep}`))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => above.some((a) => i.startsWith(a)))
          .map((i) => `${f} → ${i}`),
      );
    expect(bad).toEqual([]);
  });

  it('evaluate imports no view (report) and no terminal library', () => {
    const bad = files
      .filter((f) => f.startsWith(`src${path.sep}evaluate${path.sep}`))
      .flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        const hits = importsOf(f).filter((i) => i.startsWith('report/') || i.startsWith('cli/'));
        if (/from '(chalk|cli-table3|exceljs)'/.test(text)) hits.push('a terminal/Excel library');
        return hits.map((i) => `${f} → ${i}`);
      });
    expect(bad).toEqual([]);
  });

  it('evaluate decides, the vocabulary words: src/evaluate imports nothing from src/words', () => {
    const bad = files
      .filter((f) => f.startsWith(`src${path.sep}evaluate${path.sep}`))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => i.startsWith('words/'))
          .map((i) => `${f} → ${i}`),
      );
    expect(bad).toEqual([]);
  });

  it('src/report imports nothing from the run (src/check)', () => {
    const bad = files
      .filter((f) => f.startsWith(`src${path.sep}report${path.sep}`))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => i.startsWith('check/'))
          .map((i) => `${f} → ${i}`),
      );
    expect(bad).toEqual([]);
  });

  it('src/plan, src/data and src/evaluate import no terminal or Excel library (views live in src/report)', () => {
    const core = ['plan', 'data', 'evaluate'].map((d) => `src${path.sep}${d}${path.sep}`);
    const bad = files
      .filter((f) => core.some((c) => f.startsWith(c)))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/from '(chalk|cli-table3)'/g)].map((m) => `${f} → ${m[1]}`),
      );
    expect(bad).toEqual([]);
  });

  it('src/plan imports no view', () => {
    const bad = files
      .filter((f) => f.startsWith(`src${path.sep}plan${path.sep}`))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => i.startsWith('report/') || i.startsWith('cli/') || i.startsWith('check/'))
          .map((i) => `${f} → ${i}`),
      );
    expect(bad).toEqual([]);
  });
});
