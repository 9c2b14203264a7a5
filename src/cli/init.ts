import { existsSync } from 'node:fs';
import { lstat, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option } from 'commander';
import { CchcError } from '../errors.js';
import { LANGS, type Lang } from '../model/diagnostic.js';
import { displayPath } from '../util/fs.js';
import type { CliRefusal } from '../words/cli-refusals.js';
import {
  COMMUNE_NAME_NEEDS_LETTERS,
  INIT_NAME_FLAGS,
  INIT_QUESTIONS,
  initDone,
  initNeedsNames,
  initWouldOverwrite,
  planFileNotYaml,
} from '../words/init-words.js';
import { type CliIo, pickLang } from './io.js';
import type { Register } from './main.js';
import { writeOutput } from './shared-options.js';

interface InitFlags {
  xa?: string;
  tinh?: string;
  output?: string;
  lang?: Lang;
}

const SOURCE_PLAN = 'plans/phu-trung-2026-2030.yaml';

/** `cchc init` — start a new commune's plan from the shipped one, with a data-entry workbook next to it. */
export const registerInit: Register = (program, io, done) => {
  program
    .command('init')
    .option('--xa <name>')
    .option('--tinh <name>')
    .option('-o, --output <file.yaml>')
    .addOption(new Option('--lang <lang>').choices(LANGS).default('vi'))
    .action(async (flags: InitFlags) => {
      done(await runInit(flags, io));
    });
};

async function runInit(flags: InitFlags, io: CliIo): Promise<0> {
  const lang = pickLang(flags.lang);
  const names = await askNames(flags, io);
  const { deriveCommunePlan, slug } = await import('../plan/derive-commune-plan.js');
  if (!slug(names.xa)) throw usage(COMMUNE_NAME_NEEDS_LETTERS);
  const planFile = flags.output ?? `plans/${slug(names.xa)}-2026-2030.yaml`;
  if (!/\.ya?ml$/i.test(planFile)) throw usage(planFileNotYaml(planFile));
  const dataFile = planFile.replace(/\.ya?ml$/i, '-bieu-nhap-lieu.xlsx');
  // Both refused before anything is written: a half-made pair is worse than none.
  for (const f of [planFile, dataFile]) await refuseExisting(f, io.cwd);

  const root = packageRoot();
  const source = await readFile(path.join(root, SOURCE_PLAN), 'utf8');
  const planAbs = path.resolve(io.cwd, planFile);
  const schemaRef = path
    .relative(path.dirname(planAbs), path.join(root, 'schemas', 'plan.schema.json'))
    .split(path.sep)
    .join('/');
  const text = deriveCommunePlan(source, names, schemaRef);

  // The result must validate before it is written: a starting point that fails `validate` is no start.
  const { parsePlan } = await import('../plan/load-plan.js');
  const checked = parsePlan(text, displayPath(planFile, io.cwd));
  if (!checked.plan)
    throw new Error(`init: the derived plan does not validate: ${checked.diagnostics[0]?.code}`);
  const { nextReportPeriod } = await import('../check/resolve-as-of.js');
  const period = nextReportPeriod(io.now, checked.plan.reporting.convention);
  const { renderTemplateWorkbook } = await import('../report/xlsx/render-template-workbook.js');
  const workbook = await renderTemplateWorkbook(checked.plan, period, { lang });

  await refuseExisting(planFile, io.cwd);
  await mkdir(path.dirname(planAbs), { recursive: true });
  await writeOutput(planFile, text, io);
  await writeOutput(dataFile, workbook, io);
  const { periodLabel } = await import('../periods/index.js');
  const p = displayPath(planFile, io.cwd);
  const d = displayPath(dataFile, io.cwd);
  const label = periodLabel(period, lang);
  io.stderr(initDone(p, d, names, label)[lang]);
  return 0;
}

/** The names from the flags, else asked on a terminal; without a terminal, the flags that are missing. */
async function askNames(flags: InitFlags, io: CliIo): Promise<{ xa: string; tinh: string }> {
  let xa = flags.xa?.trim();
  let tinh = flags.tinh?.trim();
  if ((!xa || !tinh) && io.prompt) {
    xa ||= (await io.prompt(INIT_QUESTIONS.xa)).trim();
    tinh ||= (await io.prompt(INIT_QUESTIONS.tinh)).trim();
  }
  if (!xa || !tinh) {
    const missing = [!xa ? INIT_NAME_FLAGS.xa : '', !tinh ? INIT_NAME_FLAGS.tinh : '']
      .filter(Boolean)
      .join(' ');
    throw usage(initNeedsNames(missing));
  }
  return { xa, tinh };
}

async function refuseExisting(file: string, cwd: string): Promise<void> {
  const exists = await lstat(path.resolve(cwd, file)).then(
    () => true,
    () => false,
  );
  if (!exists) return;
  const w = initWouldOverwrite(displayPath(file, cwd));
  throw new CchcError('output-write', w.message, w.hint);
}

const usage = (w: CliRefusal) => new CchcError('usage', w.message, w.hint);

/** The installed package's folder (it holds plans/ and schemas/), found from this module, built or bundled. */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(path.join(dir, SOURCE_PLAN))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`init: ${SOURCE_PLAN} not found next to the package`);
}
