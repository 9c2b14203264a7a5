import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '../..');

/**
 * A scratch working directory with `plans/` holding the diff fixtures (two valid plans) plus
 * broken variants made by editing their text, so paths in outputs are short and stable.
 */
export async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cchc-validate-'));
  await cp(path.join(REPO, 'fixtures/diff'), path.join(dir, 'plans'), { recursive: true });
  return dir;
}

/** Write `plans/<name>` as old.yaml with `edit` applied to its text. */
export async function variant(dir: string, name: string, edit: (yaml: string) => string): Promise<string> {
  const text = await readFile(path.join(dir, 'plans/old.yaml'), 'utf8');
  const out = edit(text);
  if (out === text) throw new Error(`edit for ${name} changed nothing`);
  await writeFile(path.join(dir, 'plans', name), out);
  return `plans/${name}`;
}
