import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A user's clone has no ../shared: nothing that builds, tests or runs may reach outside the repository.
const ROOTS = [
  'src',
  'test',
  'bench',
  'bin',
  'fixtures',
  'plans',
  'schemas',
  '.ci',
  'package.json',
  'vitest.config.ts',
];
const TEXT = /\.(ts|js|mjs|cjs|json|ya?ml|csv|sh)$|^run$/;

function* files(p: string): Generator<string> {
  const st = statSync(p, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isFile()) {
    yield p;
    return;
  }
  for (const e of readdirSync(p)) if (e !== 'node_modules') yield* files(path.join(p, e));
}

describe('the repository is self-contained', () => {
  it('no source, test, fixture or script refers to ../shared or /work', () => {
    const offenders: string[] = [];
    for (const root of ROOTS) {
      for (const f of files(root)) {
        if (!TEXT.test(path.basename(f)) || f === path.join('test', 'no-shared.test.ts')) continue;
        const text = readFileSync(f, 'utf8');
        if (/\.\.\/shared\b|\/work\/(shared|briefs|main)\b/.test(text)) offenders.push(f);
      }
    }
    expect(offenders).toEqual([]);
  });
});
