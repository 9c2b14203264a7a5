import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../harness/cli.js';
import { CI_REPO } from './ci-repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (f: string) => readFile(path.join(ROOT, f), 'utf8');

/** Words of a command line as a POSIX shell splits them (single and double quotes; no expansion). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  const re = /'([^']*)'|"((?:\\.|[^"\\])*)"|(\S+)/g;
  for (const m of line.matchAll(re)) words.push(m[1] ?? m[2] ?? m[3]!);
  return words;
}

/** Run `cchc …` from an example in a copy of the sample repository (plans + data): it must really run. */
async function runExample(commandLine: string) {
  const words = shellWords(commandLine.replace(/^npx\s+/, ''));
  expect(words[0]).toBe('cchc');
  const dir = await mkdtemp(path.join(tmpdir(), 'cchc-ci-'));
  await cp(CI_REPO, dir, { recursive: true });
  const r = await runCli(words.slice(1), { cwd: dir });
  expect([0, 1], `${commandLine}\n${r.stderr}`).toContain(r.code);
  return { ...r, dir };
}

function yamlBlocks(md: string, heading: string): string[] {
  const start = md.indexOf(heading);
  // The section ends at the next heading; `# comment` lines inside code blocks are not headings.
  const rest = md.slice(start + heading.length);
  const end = rest.search(/\n#{1,3} [A-Z`]/);
  return [...(end < 0 ? rest : rest.slice(0, end)).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('CI set-ups shipped with cchc', () => {
  it('action.yml is a composite action running the package bin with a real command and format', async () => {
    const action = parse(await read('action.yml'));
    expect(action.runs.using).toBe('composite');
    const scripts = action.runs.steps.map((s: { run: string }) => s.run).join('\n');
    expect(scripts).toContain('npm ci');
    const bin = action.runs.steps.at(-1).env.CCHC_BIN as string;
    expect(bin.replace('${{ github.action_path }}/', '')).toBe(
      JSON.parse(await read('package.json')).bin.cchc,
    );
    const { code } = await runExample(
      `cchc ${action.inputs.command.default} 'plans/*.yaml' --format ${action.inputs.format.default}`,
    );
    expect(code).toBe(0);
  });

  it('.pre-commit-hooks.yaml defines cchc-validate on plan files, with an entry that runs', async () => {
    const hooks = parse(await read('.pre-commit-hooks.yaml'));
    const hook = hooks.find((h: { id: string }) => h.id === 'cchc-validate');
    expect(hook.language).toBe('node');
    expect(new RegExp(hook.files).test('plans/phu-trung-2026-2030.yaml')).toBe(true);
    expect(new RegExp(hook.files).test('data/2026-q3/so-lieu.csv')).toBe(false);
    // pre-commit appends the staged file names to the entry.
    const r = await runExample(`${hook.entry} plans/xa-thu.yaml`);
    expect(r.code).toBe(0);
  });

  it('the GitLab snippet runs and writes Code Quality files', async () => {
    const ci = parse(await read('docs/examples/gitlab-ci.yml'));
    const lines = (ci.cchc.script as string[]).filter((l) => l.startsWith('npx cchc'));
    expect(lines.length).toBe(2);
    for (const line of lines) {
      const r = await runExample(line);
      const out = shellWords(line).at(-1)!;
      const issues = JSON.parse(await readFile(path.join(r.dir, out), 'utf8'));
      expect(Array.isArray(issues)).toBe(true);
      expect(ci.cchc.artifacts.reports.codequality).toContain(out);
    }
  });

  it('docs/validate.md shows GitHub, pre-commit and GitLab set-ups that parse and run', async () => {
    const md = await read('docs/validate.md');
    const blocks = yamlBlocks(md, '### CI set-ups').map((b) => parse(b));
    expect(blocks).toHaveLength(3);
    const [github, precommit, gitlab] = blocks;
    const steps = github.jobs.cchc.steps.filter((s: { with?: { command?: string } }) => s.with?.command);
    expect(steps.length).toBe(2);
    for (const s of steps) await runExample(`cchc ${s.with.command} ${s.with.args} --format github`);
    expect(precommit.repos[0].hooks[0].id).toBe('cchc-validate');
    expect(gitlab).toEqual(parse(await read('docs/examples/gitlab-ci.yml')));
  });
});
