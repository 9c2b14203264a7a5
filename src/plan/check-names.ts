/**
 * Names that data rows are matched on must each point at one thing: reporting units (and the issuer)
 * by id and by name or alias, indicators by name or alias. A collision would make a row's owner or
 * indicator a guess, so it is refused here, where it can be fixed once.
 */
import type { Diagnostic, Location, Msg } from '../model/diagnostic.js';
import { nameKey } from '../util/name-match.js';
import { catalogDiagnostic, type PlanCode } from '../words/diagnostics/catalog.js';
import { ELEMENT_WORDS, elementNamed, ISSUER_WORDS } from '../words/plan-words.js';
import { type CheckContext, didYouMean } from './check-context.js';
import type { LocatedUnit } from './reporting-units-file.js';

interface Named {
  /** What it is, for the message ("đơn vị báo cáo xa-a", "cơ quan ban hành"). */
  what: Msg;
  name: string;
  at: Location;
}

function where(at: Location): string {
  return at.line !== undefined ? `${at.file}:${at.line}` : at.file;
}

/** Two names that fold to the same key (case, diacritics, punctuation, "UBND") on different owners. */
function collisions(named: Named[], code: PlanCode): Diagnostic[] {
  const first = new Map<string, Named>();
  const out: Diagnostic[] = [];
  for (const n of named) {
    if (typeof n.name !== 'string') continue; // a wrong type has its own schema error
    const key = nameKey(n.name);
    const prev = first.get(key);
    if (!prev) {
      first.set(key, n);
      continue;
    }
    if (prev.what.vi === n.what.vi) continue; // the same owner writing one name twice is harmless
    const data = {
      name: n.name,
      what: n.what,
      prevName: prev.name,
      prevWhat: prev.what,
      where: where(prev.at),
    };
    out.push(catalogDiagnostic(code, 'sameName', data, { location: n.at, text: n.name }));
  }
  return out;
}

/** Ids, names and groups of the issuer and the reporting units (inline list and units file together). */
export function checkReportingUnits(ctx: CheckContext, units: LocatedUnit[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const groups = ctx.raw.reportingUnits?.groups ?? [];
  const groupIds = new Set<string>();
  groups.forEach((g, i) => {
    if (groupIds.has(g.id)) out.push(dupId(g.id, ctx.locate(`/reportingUnits/groups/${i}/id`), 'groups'));
    groupIds.add(g.id);
  });
  const ids = new Map<string, Location>();
  const named: Named[] = [];
  const issuer =
    typeof ctx.raw.issuer === 'object' && ctx.raw.issuer !== null ? ctx.raw.issuer : { name: '' };
  const iss = ISSUER_WORDS;
  named.push({ what: iss, name: issuer.name, at: ctx.locate('/issuer/name') });
  if (issuer.place !== undefined)
    named.push({ what: iss, name: issuer.place, at: ctx.locate('/issuer/place') });
  for (const [i, a] of (issuer.aliases ?? []).entries())
    named.push({ what: iss, name: a, at: ctx.locate(`/issuer/aliases/${i}`) });
  for (const { unit, at } of units) {
    const prev = ids.get(unit.id);
    if (prev) {
      out.push(dupId(unit.id, at('id'), 'reportingUnits', where(prev)));
      continue;
    }
    ids.set(unit.id, at('id'));
    const what = elementNamed('reportingUnits', unit.id);
    named.push({ what, name: unit.name, at: at('name') });
    for (const [i, a] of (unit.aliases ?? []).entries())
      named.push({ what, name: a, at: at(`aliases/${i}`) });
    if (unit.group !== undefined && !groupIds.has(unit.group)) {
      const data = { unit: unit.id, group: unit.group, didYouMean: didYouMean(unit.group, groupIds) };
      out.push(
        catalogDiagnostic('reporting-unit-unknown-group', 'unknown', data, {
          location: at('group'),
          text: unit.group,
        }),
      );
    }
  }
  out.push(...collisions(named, 'reporting-unit-duplicate-name'));
  return out;
}

/** Indicator names and aliases: a row naming an indicator must find one. */
export function checkIndicatorNames(ctx: CheckContext): Diagnostic[] {
  const named: Named[] = [];
  ctx.raw.indicators.forEach((ind, i) => {
    const what = elementNamed('indicators', ind.code);
    named.push({ what, name: ind.name, at: ctx.locate(`/indicators/${i}/name`) });
    for (const [j, a] of (ind.aliases ?? []).entries())
      named.push({ what, name: a, at: ctx.locate(`/indicators/${i}/aliases/${j}`) });
  });
  return collisions(named, 'indicator-duplicate-name');
}

function dupId(id: string, at: Location, kind: 'groups' | 'reportingUnits', already?: string): Diagnostic {
  const data = { kind: ELEMENT_WORDS[kind], id, where: already ?? '' };
  return catalogDiagnostic('duplicate-id', already ? 'alreadyAt' : 'twice', data, { location: at, text: id });
}
