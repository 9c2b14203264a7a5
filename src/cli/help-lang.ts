import type { Command } from 'commander';
import { CchcError } from '../errors.js';
import { LANGS, type Lang } from '../model/diagnostic.js';
import { BAD_ENV_LANG } from '../words/commander.js';

/**
 * The language of a run, help included, is chosen once, in this order: `--lang` on the command line, then the
 * CCHC_LANG environment variable, then `lang:` in the project config file, then Vietnamese. LANG/LC_ALL are not
 * read: offices' machines and CI images run an English or C locale whatever their reader reads.
 */
export function envLang(env: Record<string, string | undefined>): Lang | undefined {
  const v = env.CCHC_LANG?.trim();
  return LANGS.includes(v as Lang) ? (v as Lang) : undefined;
}

/**
 * CCHC_LANG as the command's --lang when the command line gives none; an invalid value is an error (exit 2)
 * rather than a silent Vietnamese. The source is 'env', so the config file does not override it and
 * --print-config says where it came from.
 */
export function applyEnvLang(cmd: Command, env: Record<string, string | undefined>): void {
  const raw = env.CCHC_LANG;
  if (raw === undefined || raw.trim() === '' || !cmd.options.some((o) => o.long === '--lang')) return;
  const src = cmd.getOptionValueSource('lang');
  if (src !== undefined && src !== 'default') return;
  const lang = envLang(env);
  if (lang === undefined) throw new CchcError('usage', BAD_ENV_LANG(raw));
  cmd.setOptionValueWithSource('lang', lang, 'env');
}

/**
 * Whether commander may print help for this command line: -h/--help (also inside grouped short flags), the
 * `help` command, or no command at all. Erring on the side of yes only costs loading the help words.
 */
export function mayShowHelp(argv: string[]): boolean {
  const args = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
  if (!args.some((a) => !a.startsWith('-'))) return true;
  return args.some((a) => a === '--help' || a === 'help' || /^-[^-]*h/.test(a));
}
