import { Option } from 'commander';
import { CchcError } from '../errors.js';
import { LANGS, type Lang } from '../model/diagnostic.js';
import { displayPath } from '../util/fs.js';
import { templateWritten } from '../words/cli-notices.js';
import { NO_UNIT_IDS, noTemplateOfBrokenPlan } from '../words/cli-refusals.js';
import { type CliIo, pickLang } from './io.js';
import type { Register } from './main.js';
import { refuseInput, requireXlsx, writeOutput } from './shared-options.js';

interface TemplateFlags {
  output: string;
  period?: string;
  unit?: string;
  sendTo?: string;
  due?: string;
  lang?: Lang;
}

/** `cchc template` — a data-entry workbook for one reporting period, which `check --data` reads back as is. */
export const registerTemplate: Register = (program, io, done) => {
  program
    .command('template')
    .argument('<plan>')
    .requiredOption('-o, --output <file.xlsx>')
    .option('--period <period>')
    .option('--unit <ids>')
    .option('--send-to <who>')
    .option('--due <date>')
    .addOption(new Option('--lang <lang>').choices(LANGS).default('vi'))
    .action(async (plan: string, flags: TemplateFlags) => {
      done(await runTemplate(plan, flags, io));
    });
};

async function runTemplate(planFile: string, flags: TemplateFlags, io: CliIo): Promise<0> {
  const lang = pickLang(flags.lang);
  requireXlsx(flags.output);
  refuseInput(flags.output, [planFile], io.cwd);
  const units = parseUnits(flags.unit);
  const { loadPlanFile } = await import('../plan/load-plan.js');
  const loaded = await loadPlanFile(planFile, io.cwd, undefined, { cache: io.planCache });
  if (!loaded.plan) {
    const w = noTemplateOfBrokenPlan(loaded.file);
    throw new CchcError('plan-invalid', w.message, w.hint, loaded.diagnostics);
  }
  const { nextReportPeriod, resolveAsOf } = await import('../check/resolve-as-of.js');
  const convention = loaded.plan.reporting.convention;
  const period =
    flags.period !== undefined
      ? resolveAsOf({ period: flags.period }, convention, io.now).period
      : nextReportPeriod(io.now, convention);
  const { renderTemplateWorkbook } = await import('../report/xlsx/render-template-workbook.js');
  const { parseReportDate } = await import('./report.js');
  const send = {
    ...(flags.sendTo?.trim() ? { to: flags.sendTo.trim() } : {}),
    ...(flags.due !== undefined ? { due: parseReportDate(flags.due, '--due') } : {}),
  };
  const bytes = await renderTemplateWorkbook(loaded.plan, period, {
    lang,
    ...(units.length ? { units } : {}),
    send,
  });
  await writeOutput(flags.output, bytes, io);
  const { periodLabel } = await import('../periods/index.js');
  const shown = displayPath(flags.output, io.cwd);
  const label = periodLabel(period, lang);
  const n = loaded.plan.indicators.length;
  const m = loaded.plan.tasks.length;
  io.stderr(`${templateWritten(shown, label, n, m, units.length)[lang]}\n`);
  return 0;
}

/** "a, b,a" → ["a", "b"]: order kept, blanks and repeats dropped. */
export function parseUnits(text: string | undefined): string[] {
  if (text === undefined) return [];
  const units = [
    ...new Set(
      text
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    ),
  ];
  if (!units.length) {
    throw new CchcError('usage', NO_UNIT_IDS.message, NO_UNIT_IDS.hint);
  }
  return units;
}
