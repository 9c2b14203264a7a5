import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvModule from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli.js';
import { CHECK, CI_REPO, lineOf, PLAN } from './ci-repo.js';

const schema = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../vendor/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'),
);
// unicodeRegExp off: the schema's `language` pattern has a stray `]` that only the u flag rejects.
// CommonJS default export seen through NodeNext: the class is on .default.
const Ajv = AjvModule.default ?? AjvModule;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
// The schema's formats, checked for real: an absolute URI parses as a URL, a date-time as a date.
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validateSarif = ajv.compile(schema);

function expectValidSarif(text: string) {
  const log = JSON.parse(text);
  const ok = validateSarif(log);
  expect(validateSarif.errors ?? [], JSON.stringify(validateSarif.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
  return log;
}

describe('SARIF against the official 2.1.0 schema', () => {
  it('the schema check can fail (a result without a message is refused)', () => {
    expect(
      validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{}] }] }),
    ).toBe(false);
    expect(
      validateSarif({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x', informationUri: 'not a uri' } } }],
      }),
    ).toBe(false);
  });

  it('validate --format sarif', async () => {
    const root = path.resolve(CI_REPO, '../..');
    const r = await runCli(['validate', 'fixtures/plan/invalid/*.yaml', 'plans/*.yaml', '-f', 'sarif'], {
      cwd: root,
    });
    const log = expectValidSarif(r.stdout);
    const driver = log.runs[0].tool.driver;
    expect(driver.informationUri).toMatch(/^https:\/\//);
    for (const rule of driver.rules)
      expect(rule.helpUri).toMatch(/^https:\/\/.*\/docs\/[a-z-]+\.md#[a-z-]+$/);
    expect(log.runs[0].artifacts.length).toBeGreaterThan(1);
  });

  it('check --format sarif, with results at the plan lines', async () => {
    const r = await runCli([...CHECK, '-f', 'sarif'], { cwd: CI_REPO });
    const log = expectValidSarif(r.stdout);
    const missed = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'target-missed');
    expect(missed.locations[0].physicalLocation.artifactLocation.uri).toBe(PLAN);
    expect(missed.locations[0].physicalLocation.region.startLine).toBe(lineOf('sap-xep'));
    expect(log.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual([
      PLAN,
      'data/2026-q3/so-lieu.csv',
    ]);
    const rule = log.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'task-overdue');
    expect(rule.helpUri).toMatch(/docs\/check\.md#statuses$/);
  });
});
