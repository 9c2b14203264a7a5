import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * exceljs costs about a third of a second to import. `validate` and `check --format json` must start
 * without it: walk the static (non-type) imports from their entry modules and make sure none reaches it.
 */
const STATIC_IMPORT = /^\s*(import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function staticGraph(entries: string[]): { modules: Set<string>; packages: Map<string, string> } {
  const modules = new Set<string>();
  const packages = new Map<string, string>();
  const queue = entries.map((e) => path.resolve(e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (modules.has(file)) continue;
    modules.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const spec = m[2]!;
      if (spec.startsWith('.')) queue.push(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.set(spec.split('/')[0]!, path.relative(process.cwd(), file));
    }
  }
  return { modules, packages };
}

describe('start-up imports', () => {
  it.each([
    ['the CLI entry (validate, --help)', ['src/cli/main.ts']],
    ['check --format json', ['src/cli/main.ts', 'src/check/build-report.ts', 'src/report/json.ts']],
  ])('%s never loads exceljs statically', (_n, entries) => {
    const { modules, packages } = staticGraph(entries);
    expect(modules.size).toBeGreaterThan(entries.length); // the walk really followed imports
    expect(packages.get('exceljs')).toBeUndefined();
  });
  it('the CLI entry never loads the help words statically (only --help imports them)', () => {
    const { modules } = staticGraph(['src/cli/main.ts']);
    const help = ['src/cli/localise-help.ts', 'src/words/help-commands.ts', 'src/words/help-options.ts'];
    expect(help.filter((f) => modules.has(path.resolve(f)))).toEqual([]);
    expect(
      staticGraph(['src/cli/localise-help.ts']).modules.has(path.resolve('src/words/help-options.ts')),
    ).toBe(true);
  });
  it('the walk does find exceljs where it is imported statically (the test can fail)', () => {
    const { packages } = staticGraph(['fixtures/example/make-example.mjs']);
    expect(packages.has('exceljs')).toBe(true);
  });
});
