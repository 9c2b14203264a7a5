import type { Msg } from '../../model/diagnostic.js';
import { codeTitle } from '../../words/diagnostics/catalog.js';

/** The SARIF rule description of a code: its title in the diagnostics catalog. */
export function ruleDescription(code: string): Msg {
  return codeTitle(code);
}
