import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The sample repository that keeps its plan, quarterly data folders and config together. */
export const CI_REPO = path.resolve(import.meta.dirname, '../../fixtures/ci-repo');
export const PLAN = 'plans/xa-thu.yaml';
/** No --data: the repository's cchc.config.yaml names the data folder, as a real CI job would rely on. */
export const CHECK = ['check', PLAN, '--period', 'Quý III/2026'];

/** The 1-based line of `- id: <id>` in the sample plan, found in its text, not hard-coded. */
export function lineOf(id: string): number {
  const lines = readFileSync(path.join(CI_REPO, PLAN), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.trim() === `- id: ${id}`);
  if (i < 0) throw new Error(`no "- id: ${id}" in ${PLAN}`);
  return i + 1;
}
