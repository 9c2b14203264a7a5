import { Command, CommanderError } from 'commander';
import { CchcError } from '../errors.js';
import type { Lang } from '../model/diagnostic.js';
import { neutraliseText } from '../report/control-chars.js';
import { formatDiagnosticLine } from '../report/location.js';
import { VERSION } from '../version.js';
import { internalError } from '../words/cli-notices.js';
import { SEE_HELP, translateCommanderError } from '../words/commander.js';
import { addCacheOption, applyCacheChoice } from './cache-option.js';
import { registerCheck } from './check.js';
import { addConfigOptions, applyConfig, loadConfig } from './config/apply-config.js';
import { earlyConfig } from './config/early-config.js';
import { registerDiff } from './diff.js';
import { applyEnvLang, envLang, mayShowHelp } from './help-lang.js';
import { registerInit } from './init.js';
import { type CliIo, pickLang } from './io.js';
import { registerReport } from './report.js';
import { registerRollup } from './rollup.js';
import { registerTemplate } from './template.js';
import { registerValidate } from './validate.js';

/** What a command action returns: the process exit code (0 ok, 1 findings, 2 could not run). */
export type ExitCode = 0 | 1 | 2;

/** A command registers itself and reports its exit code through `done`. */
export type Register = (program: Command, io: CliIo, done: (code: ExitCode) => void) => void;

/**
 * The programmatic entry: runs one command line and resolves to its exit code. Never calls
 * process.exit and never prints a stack trace for a user's mistake.
 */
export async function run(argvGiven: string[], callerIo: CliIo): Promise<ExitCode> {
  let argv = argvGiven;
  // This run's own copy: --no-cache takes the plan cache out of it without touching the caller's.
  const io: CliIo = { ...callerIo };
  let lang = langFromArgv(argv) ?? envLang(io.env) ?? 'vi';
  let code: ExitCode = 0;
  const done = (c: ExitCode) => {
    code = c;
  };
  // Descriptions come from the help catalog, set only when help is shown (localise-help.ts).
  const program = new Command('cchc')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showHelpAfterError(SEE_HELP[lang]);
  for (const register of [
    registerValidate,
    registerCheck,
    registerReport,
    registerRollup,
    registerTemplate,
    registerDiff,
    registerInit,
  ]) {
    register(program, io, done);
  }
  addCacheOption(program, lang);
  addConfigOptions(program);
  argv = langAfterCommand(argv, program);
  const early = earlyConfig(program, argv, io.cwd);
  // Without --lang or CCHC_LANG, the config's language speaks from the first line (help and usage errors included).
  if (langFromArgv(argv) === undefined && envLang(io.env) === undefined && early?.lang !== undefined) {
    lang = early.lang;
    program.showHelpAfterError(SEE_HELP[lang]);
  }
  program.hook('preAction', (_root, cmd) => {
    if (early?.error) throw early.error;
    applyEnvLang(cmd, io.env);
    applyConfig(cmd, loadConfig(program, cmd, io.cwd), lang);
    applyCacheChoice(cmd, io);
  });
  const output = {
    writeOut: io.stdout,
    writeErr: io.stderr,
    outputError: (str: string, write: (s: string) => void) => write(translateCommanderError(str, lang)),
  };
  for (const cmd of [program, ...program.commands]) cmd.exitOverride().configureOutput(output);
  try {
    // The help catalog is loaded only when help may be shown: normal runs do not pay for its words.
    if (mayShowHelp(argv)) (await import('./localise-help.js')).localiseHelp(program, lang, io.columns);
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return handleError(e, io, lang);
  }
}

function handleError(e: unknown, io: CliIo, lang: Lang): ExitCode {
  if (e instanceof CommanderError && e.code === 'cchc.printConfig') {
    io.stdout(neutraliseText(e.message));
    return 0;
  }
  if (e instanceof CommanderError) {
    // Help and version are successes; every usage mistake is 2 (commander's default of 1 means "findings" here).
    return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
  }
  if (e instanceof CchcError) {
    // Messages quote what the user typed or a file held: shown with control characters neutralised.
    io.stderr(neutraliseText(`cchc: ${e.msg[lang]} [${e.code}]\n`));
    for (const d of e.diagnostics) io.stderr(`  ${neutraliseText(formatDiagnosticLine(d, lang))}\n`);
    if (e.hint) io.stderr(`  ${neutraliseText(e.hint[lang])}\n`);
    return 2;
  }
  const err = e as Error;
  io.stderr(`${internalError(err?.message ?? String(e))[lang]}\n`);
  if (io.env.CCHC_DEBUG && err?.stack) io.stderr(`${err.stack}\n`);
  return 2;
}

/**
 * `cchc --lang en validate …` reads as `cchc validate --lang en …`: the language is chosen from anywhere on
 * the line (langFromArgv), so the flag is accepted before the command too, where commander would refuse it
 * as an unknown option of the root (and print the root's help for `--help`).
 */
function langAfterCommand(argv: string[], program: Command): string[] {
  const names = new Set(program.commands.map((c) => c.name()));
  const moved: string[] = [];
  const before: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (names.has(a)) {
      const cmd = program.commands.find((c) => c.name() === a)!;
      if (moved.length === 0 || !cmd.options.some((o) => o.long === '--lang')) return argv;
      return [...before, a, ...moved, ...argv.slice(i + 1)];
    }
    if (a === '--lang' && i + 1 < argv.length) moved.push(a, argv[++i]!);
    else if (a.startsWith('--lang=')) moved.push(a);
    else before.push(a);
  }
  return argv;
}

function langFromArgv(argv: string[]): Lang | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const a = argv[i]!;
  return pickLang(a.includes('=') ? a.split('=')[1] : argv[i + 1]);
}
