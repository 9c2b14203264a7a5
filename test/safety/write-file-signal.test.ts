/**
 * Issue 8: "a killed run never leaves a half-written file at the target path nor a temp file behind".
 * A real child process writes a report in chunks and is sent SIGTERM (and, in the second case, SIGINT)
 * while the temporary file exists: the old report must still be whole at the path, no temporary file may
 * be left, and the child must die of the signal (not swallow it). The child runs the real module,
 * transpiled from src/util/write-file.ts with the project's TypeScript (it imports only Node built-ins).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let work = '';

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'cchc-signal-'));
  const source = readFileSync(path.join(root, 'src/util/write-file.ts'), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  writeFileSync(path.join(work, 'write-file.mjs'), js);
  // Chunk 50 of 200 sends the signal to the process itself; the write goes on awaiting each chunk, so the
  // signal arrives while the temporary file is open and half-full.
  writeFileSync(
    path.join(work, 'child.mjs'),
    `import { writeFileSafely } from './write-file.mjs';
const [target, signal] = process.argv.slice(2);
function* chunks() {
  for (let i = 0; i < 200; i++) {
    if (i === 50) process.kill(process.pid, signal);
    yield 'dòng mới '.repeat(2000) + '\\n';
  }
}
await writeFileSafely(target, chunks());
// Only reached if the signal was lost: the parent's test then fails on the exit status.
console.log('finished');
`,
  );
});

describe('a kill signal during an atomic write', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    it(`${signal}: old report intact, no temporary file, the child dies of the signal`, () => {
      const dir = mkdtempSync(path.join(work, 'out-'));
      const target = path.join(dir, 'bao-cao.json');
      writeFileSync(target, '{"cũ": true}\n');
      const r = spawnSync(process.execPath, [path.join(work, 'child.mjs'), target, signal], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.stdout).not.toContain('finished');
      expect(r.signal).toBe(signal);
      expect(readdirSync(dir)).toEqual(['bao-cao.json']);
      expect(readFileSync(target, 'utf8')).toBe('{"cũ": true}\n');
    });
});
