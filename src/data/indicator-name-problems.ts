/** Diagnostics about indicator names in data rows (docs/data.md, "Indicator names"). */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import type { Indicator } from '../model/plan.js';
import { memberWords } from '../words/indicator-families.js';
import { dataFinding } from './diagnostics.js';
import type { FamilyClash } from './indicator-name.js';

/** `"code" (name)`: how an indicator is named in these messages. */
const shown = (i: Indicator) => `"${i.code}" (${i.name})`;
const list = (inds: readonly Indicator[]) => inds.map(shown).join('; ');

/** A row with a name and no code: no indicator of the plan is written so. */
export function unknownNameDiag(name: string, near: readonly Indicator[], loc: Location): Diagnostic {
  const id = near.length ? 'unknownNear' : 'unknown';
  return dataFinding('data-unknown-indicator-name', id, { name, near: list(near) }, loc, { text: name });
}

/** A name (or a "Chỉ tiêu" cell) that stands for several indicators. */
export function ambiguousNameDiag(name: string, inds: readonly Indicator[], loc: Location): Diagnostic {
  return dataFinding('data-ambiguous-indicator-name', 'ambiguous', { name, list: list(inds) }, loc, {
    text: name,
  });
}

/** Code and name of different indicators. */
export function nameMismatchDiag(
  ind: Indicator,
  name: string,
  other: Indicator,
  exact: boolean,
  loc: Location,
): Diagnostic {
  const data = {
    code: ind.code,
    title: ind.name,
    name,
    other: shown(other),
    otherCode: other.code,
    otherTitle: other.name,
  };
  return dataFinding('data-indicator-name-mismatch', exact ? 'otherName' : 'closerToOther', data, loc, {
    text: name,
    hintId: 'mismatchHint',
  });
}

/** The name belongs to another member of a confusable family than the coded indicator. */
export function confusableDiag(
  ind: Indicator,
  name: string,
  clashes: readonly FamilyClash[],
  other: Indicator | undefined,
  loc: Location,
): Diagnostic {
  const data = {
    code: ind.code,
    title: ind.name,
    name,
    written: memberWords(clashes.map((c) => c.written)),
    own: memberWords(clashes.map((c) => c.own)),
    other: other ? shown(other) : '',
  };
  return dataFinding('data-confusable-indicator', other ? 'confusableNear' : 'confusable', data, loc, {
    text: name,
    hintId: 'confusableHint',
  });
}

/** Code and a name that fits no indicator: read under the code, with a warning. */
export function nameUnmatchedDiag(ind: Indicator, name: string, loc: Location): Diagnostic {
  return dataFinding(
    'data-indicator-name-unmatched',
    'unmatched',
    { name, code: ind.code, title: ind.name },
    loc,
    {
      text: name,
    },
  );
}
