import type { Command, Help, Option } from 'commander';
import type { Lang } from '../model/diagnostic.js';
import { HELP_TITLES, localisePlaceholders } from '../words/commander.js';
import { COMMAND_HELP, HELP_EXTRAS, ROOT_EPILOGUE } from '../words/help-commands.js';
import { OPTION_HELP } from '../words/help-options.js';

/**
 * Help in one language: every description from the catalog in src/words, and commander's own additions
 * (choices, defaults, "[options]", placeholders, titles) rendered in the same language. Loaded only when help
 * is about to be shown (main.ts decides from the command line), so normal runs never load the catalog.
 */
export function localiseHelp(program: Command, lang: Lang, columns?: number): void {
  for (const cmd of [program, ...program.commands]) {
    const entry = COMMAND_HELP[cmd === program ? 'cchc' : cmd.name()];
    if (entry) cmd.description(entry.summary[lang]);
    for (const a of cmd.registeredArguments) a.description = entry?.args?.[a.name()]?.[lang] ?? a.description;
    for (const o of cmd.options) {
      const key = o.long ?? o.flags;
      o.description = (entry?.options?.[key] ?? OPTION_HELP[key])?.[lang] ?? o.description;
    }
    cmd.helpOption('-h, --help', OPTION_HELP['--help']?.[lang]);
    cmd.configureHelp({ ...helpConfig(lang), helpWidth: columns ?? 80 });
  }
  program.helpCommand('help [command]', COMMAND_HELP.help?.summary[lang]);
  program.addHelpText('after', `\n${ROOT_EPILOGUE[lang]}`);
}

/** Overrides of commander's Help methods (called with the Help instance as `this`). */
function helpConfig(lang: Lang): Partial<Help> {
  const words = (s: string) => localisePlaceholders(s, lang);
  return {
    styleTitle: (title: string) => HELP_TITLES[title]?.[lang] ?? title,
    optionTerm: (o: Option) => words(o.flags),
    argumentTerm: (a) =>
      words(
        a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`,
      ),
    subcommandTerm: (c: Command) => {
      const args = c.registeredArguments.map((a) =>
        a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`,
      );
      // No "[options]" in the list of commands: each command's own help lists them, and the terms stay narrow
      // enough for commander to wrap the descriptions at 80 columns.
      return words([c.name(), ...args].join(' '));
    },
    commandUsage: (c: Command) => {
      const names: string[] = [];
      for (let p = c.parent; p; p = p.parent) names.unshift(p.name());
      return words([...names, c.name(), c.usage()].join(' '));
    },
    optionDescription: (o: Option) => withExtras(o.description, extras(o, lang), lang),
  };
}

/** Choices and a default worth telling a user (commander's rule: not the implicit true/false of switches). */
function extras(o: Option, lang: Lang): string[] {
  const out: string[] = [];
  if (o.argChoices) out.push(`${HELP_EXTRAS.choices[lang]}: ${o.argChoices.join(' | ')}`);
  if (o.defaultValue !== undefined && (o.required || o.optional)) {
    out.push(`${HELP_EXTRAS.default[lang]}: ${o.defaultValueDescription ?? String(o.defaultValue)}`);
  }
  return out;
}

function withExtras(description: string, more: string[], _lang: Lang): string {
  if (more.length === 0) return description;
  return description ? `${description} (${more.join('; ')})` : `(${more.join('; ')})`;
}
