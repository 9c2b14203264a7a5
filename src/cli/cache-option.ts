import type { Command } from 'commander';
import type { Lang } from '../model/diagnostic.js';
import { NO_CACHE_HELP } from '../words/cache.js';
import type { CliIo } from './io.js';

/** The commands that load a plan through loadPlanFile, and so may take it from the plan cache. */
const PLAN_COMMANDS = new Set(['validate', 'check', 'report', 'rollup', 'template', 'diff']);

/** `--no-cache` on every command that reads a plan (a config file may say `cache: false` as well). */
export function addCacheOption(program: Command, lang: Lang): void {
  for (const cmd of program.commands) {
    if (PLAN_COMMANDS.has(cmd.name())) cmd.option('--no-cache', NO_CACHE_HELP[lang]);
  }
}

/** After the flags and the config are merged: `--no-cache` (or `cache: false`) runs without the cache. */
export function applyCacheChoice(cmd: Command, io: CliIo): void {
  if (cmd.getOptionValue('cache') === false) delete io.planCache;
}
