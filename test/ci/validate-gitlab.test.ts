import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';
import { scratchDir } from '../validate/scratch-dir.js';

describe('validate --format gitlab', () => {
  it('Code Quality issues whose fingerprints survive lines moving', async () => {
    const dir = await scratchDir();
    const file = path.join(dir, 'plans', 'old.yaml');
    const text = (await readFile(file, 'utf8')).replace(/owner: (\S+)/, 'owner: $1-x');
    await writeFile(file, text);
    const before = await runCli(['validate', 'plans/old.yaml', '-f', 'gitlab'], { cwd: dir });
    expect(before.code).toBe(1);
    const issues = JSON.parse(before.stdout);
    expect(issues[0]).toMatchObject({
      check_name: 'unknown-unit',
      severity: 'major',
      location: { path: 'plans/old.yaml' },
    });
    await writeFile(file, `# a comment line moves everything down\n${text}`);
    const after = JSON.parse(
      (await runCli(['validate', 'plans/old.yaml', '-f', 'gitlab'], { cwd: dir })).stdout,
    );
    expect(after[0].location.lines.begin).toBe(issues[0].location.lines.begin + 1);
    expect(after[0].fingerprint).toBe(issues[0].fingerprint);
  });
});
