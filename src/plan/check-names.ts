/**
 * Names that data rows are matched on must each point at one thing: reporting units (and the issuer)
 * by id and by name or alias, indicators by name or alias. A collision would make a row's owner or
 * indicator a guess, so it is refused here, where it can be fixed once.
 */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import { nameKey } from '../util/name-match.js';
import type { PlanCode } from '../words/diagnostics/catalog.js';
import { type CheckContext, didYouMean } from './check-context.js';
import type { LocatedUnit } from './reporting-units-file.js';

interface Named {
  /** What it is, for the message ("đơn vị báo cáo xa-a", "cơ quan ban hành"). */
  what: { vi: string; en: string };
  name: string;
  at: Location;
}

function where(at: Location): string {
  return at.line !== undefined ? `${at.file}:${at.line}` : at.file;
}

/** Two names that fold to the same key (case, diacritics, punctuation, "UBND") on different owners. */
function collisions(named: Named[], code: PlanCode, vi: string, en: string): Diagnostic[] {
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
    out.push({
      code,
      severity: 'error',
      message: msg(
        `Tên "${n.name}" của ${n.what.vi} trùng với "${prev.name}" của ${prev.what.vi} (${where(prev.at)}) khi bỏ dấu, hoa thường và dấu câu: ${vi}`,
        `The name "${n.name}" of ${n.what.en} is the same as "${prev.name}" of ${prev.what.en} (${where(prev.at)}) once accents, case and punctuation are ignored: ${en}`,
      ),
      hint: msg('Đổi hoặc bỏ một trong hai tên.', 'Change or remove one of the two names.'),
      location: n.at,
      text: n.name,
    });
  }
  return out;
}

/** Ids, names and groups of the issuer and the reporting units (inline list and units file together). */
export function checkReportingUnits(ctx: CheckContext, units: LocatedUnit[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const groups = ctx.raw.reportingUnits?.groups ?? [];
  const groupIds = new Set<string>();
  groups.forEach((g, i) => {
    if (groupIds.has(g.id))
      out.push(dupId(g.id, ctx.locate(`/reportingUnits/groups/${i}/id`), 'nhóm', 'group'));
    groupIds.add(g.id);
  });
  const ids = new Map<string, Location>();
  const named: Named[] = [];
  const issuer =
    typeof ctx.raw.issuer === 'object' && ctx.raw.issuer !== null ? ctx.raw.issuer : { name: '' };
  const iss = { vi: 'cơ quan ban hành', en: 'the issuer' };
  named.push({ what: iss, name: issuer.name, at: ctx.locate('/issuer/name') });
  if (issuer.place !== undefined)
    named.push({ what: iss, name: issuer.place, at: ctx.locate('/issuer/place') });
  for (const [i, a] of (issuer.aliases ?? []).entries())
    named.push({ what: iss, name: a, at: ctx.locate(`/issuer/aliases/${i}`) });
  for (const { unit, at } of units) {
    const prev = ids.get(unit.id);
    if (prev) {
      const d = dupId(unit.id, at('id'), 'đơn vị báo cáo', 'reporting unit');
      d.message = msg(
        `${d.message.vi} (đã có ở ${where(prev)})`,
        `${d.message.en} (already at ${where(prev)})`,
      );
      out.push(d);
      continue;
    }
    ids.set(unit.id, at('id'));
    const what = { vi: `đơn vị báo cáo ${unit.id}`, en: `reporting unit ${unit.id}` };
    named.push({ what, name: unit.name, at: at('name') });
    for (const [i, a] of (unit.aliases ?? []).entries())
      named.push({ what, name: a, at: at(`aliases/${i}`) });
    if (unit.group !== undefined && !groupIds.has(unit.group)) {
      const dym = didYouMean(unit.group, groupIds);
      out.push({
        code: 'reporting-unit-unknown-group',
        severity: 'error',
        message: msg(
          `Đơn vị báo cáo ${unit.id} thuộc nhóm "${unit.group}", nhưng reportingUnits.groups không có nhóm này.${dym.vi}`,
          `Reporting unit ${unit.id} is in group "${unit.group}", which reportingUnits.groups does not declare.${dym.en}`,
        ),
        hint: msg(
          'Khai báo nhóm ở reportingUnits.groups, hoặc sửa mã nhóm.',
          'Declare the group under reportingUnits.groups, or fix the group id.',
        ),
        location: at('group'),
        text: unit.group,
      });
    }
  }
  out.push(
    ...collisions(
      named,
      'reporting-unit-duplicate-name',
      'số liệu ghi tên này sẽ không biết là của đơn vị nào.',
      'data written under this name could belong to either.',
    ),
  );
  return out;
}

/** Indicator names and aliases: a row naming an indicator must find one. */
export function checkIndicatorNames(ctx: CheckContext): Diagnostic[] {
  const named: Named[] = [];
  ctx.raw.indicators.forEach((ind, i) => {
    const what = { vi: `chỉ số ${ind.code}`, en: `indicator ${ind.code}` };
    named.push({ what, name: ind.name, at: ctx.locate(`/indicators/${i}/name`) });
    for (const [j, a] of (ind.aliases ?? []).entries())
      named.push({ what, name: a, at: ctx.locate(`/indicators/${i}/aliases/${j}`) });
  });
  return collisions(
    named,
    'indicator-duplicate-name',
    'dòng số liệu chỉ ghi tên này sẽ không biết là của chỉ số nào.',
    'a data row written with this name only could be either.',
  );
}

function dupId(id: string, at: Location, vi: string, en: string): Diagnostic {
  return {
    code: 'duplicate-id',
    severity: 'error',
    message: msg(
      `Mã ${vi} "${id}" bị trùng. Mỗi ${vi} phải có một mã riêng.`,
      `Duplicate ${en} id "${id}". Each ${en} needs its own id.`,
    ),
    location: at,
    text: id,
  };
}
