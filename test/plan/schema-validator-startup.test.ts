import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Start-up budget (< 0.3 s for validate and check): what every command loads before it runs. ajv's
 * compiler cost ≈60 ms (the schema is compiled ahead of time instead) and the diff views' cli-table3
 * ≈10 ms; neither may come back onto the static import graph of the CLI entry.
 */
const STATIC_IMPORT = /^\s*(import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Packages reached through static (non-type) imports from `entry`, each with the module importing it. */
function staticPackages(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [path.resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const spec = m[2]!;
      if (spec.startsWith('.')) queue.push(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.set(spec, path.relative(process.cwd(), file));
    }
  }
  return packages;
}

describe('start-up import graph of the CLI entry', () => {
  const packages = staticPackages('src/cli/main.ts');

  it.each(['ajv', 'ajv/dist/standalone/index.js', 'cli-table3'])('never loads %s statically', (pkg) => {
    expect(packages.get(pkg)).toBeUndefined();
  });

  it('still reaches the plan loader and its parser (the walk follows imports)', () => {
    expect(path.dirname(packages.get('yaml') ?? '')).toBe(path.join('src', 'plan'));
  });

  it.each([
    ['src/report/diff/diff-table.ts', 'cli-table3'],
    ['scripts/gen-plan-validator.mjs', 'ajv'],
  ])('finds a package where it is imported statically: %s → %s (the test can fail)', (entry, pkg) => {
    expect(staticPackages(entry).has(pkg)).toBe(true);
  });
});
