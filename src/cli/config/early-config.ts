import path from 'node:path';
import type { Command } from 'commander';
import { LANGS, type Lang } from '../../model/diagnostic.js';
import { findConfig } from './find-config.js';
import { readConfig } from './read-config.js';

/**
 * The config as far as it matters before commander parses: the language of help and usage errors, and
 * --print-config without the command's required arguments. A broken config is kept as an error for the
 * command to raise (help still prints, so a user can read how to fix it).
 */
export function earlyConfig(
  program: Command,
  argv: string[],
  cwd: string,
): { lang?: Lang; error?: unknown } | undefined {
  const name = argv.find((a) => !a.startsWith('-'));
  const cmd = program.commands.find((c) => c.name() === name);
  if (cmd && argv.includes('--print-config')) {
    // Only the merged options are printed: the plan and data arguments may be left out.
    for (const a of cmd.registeredArguments) a.required = false;
  }
  if (argv.includes('--no-config')) return undefined;
  const i = argv.findIndex((a) => a === '--config' || a.startsWith('--config='));
  const given = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  const file = given ? path.resolve(cwd, given) : findConfig(cwd);
  if (!file) return undefined;
  try {
    const config = readConfig(file, cwd, program);
    const lang = (cmd ? config.byCommand.get(cmd.name()) : config.byCommand.values().next().value)?.get(
      'lang',
    )?.value as Lang | undefined;
    return LANGS.includes(lang as Lang) ? { lang } : {};
  } catch (error) {
    return { error };
  }
}
