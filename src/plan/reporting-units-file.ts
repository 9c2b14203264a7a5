/**
 * `reportingUnits.file`: a YAML list of reporting units kept beside the plan (95 communes do not belong in
 * every plan). Read here, checked for shape with errors located in that file, and merged after the
 * plan's own `reportingUnits.list`.
 */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { catalogDiagnostic, type MessageData } from '../words/diagnostics/catalog.js';
import type { RawReportingUnit } from './raw-plan.js';
import { parseYamlSource } from './yaml-source.js';

/** One reporting unit with a way to locate its fields, in whichever file it was written. */
export interface LocatedUnit {
  unit: RawReportingUnit;
  /** Where `field` ("id", "name", "aliases/0") of this unit is written. */
  at(field: string): Location;
}

/** Why the units file cannot be read: an OS error code, too large, not UTF-8, or no file access at all. */
export type UnitsFileError =
  | { reason: 'os'; code: string }
  | { reason: 'tooLarge'; max: number }
  | { reason: 'notUtf8' }
  | { reason: 'noAccess' };

/** What the loader gives to read the units file: its text and display path, or why it cannot be read. */
export type ReadUnitsFile = (relative: string) => { text: string; file: string } | { error: UnitsFileError };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FIELDS = new Set(['id', 'name', 'aliases', 'group']);

/** Read and shape-check the units file named at `where`; entries that are malformed are left out. */
export function readUnitsFile(
  relative: string,
  read: ReadUnitsFile,
  where: Location,
): { units: LocatedUnit[]; diagnostics: Diagnostic[] } {
  const got = read(relative);
  if ('error' in got) {
    return {
      units: [],
      diagnostics: [
        catalogDiagnostic(
          'reporting-units-file-read',
          got.error.reason,
          { ...got.error, file: relative },
          { location: where, text: relative },
        ),
      ],
    };
  }
  const src = parseYamlSource(got.text, got.file);
  if (src.diagnostics.length > 0) return { units: [], diagnostics: src.diagnostics };
  const bad = (pointer: string, id: string, data: MessageData = {}, key = false): Diagnostic =>
    catalogDiagnostic('reporting-units-file-invalid', id, data, { location: src.locate(pointer, key) });
  if (!Array.isArray(src.data)) {
    return {
      units: [],
      diagnostics: [bad('', 'notList')],
    };
  }
  const units: LocatedUnit[] = [];
  const diagnostics: Diagnostic[] = [];
  src.data.forEach((item: unknown, i) => {
    const p = `/${i}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      diagnostics.push(bad(p, 'notMapping', { n: i + 1 }));
      return;
    }
    const rec = item as Record<string, unknown>;
    const before = diagnostics.length;
    for (const k of Object.keys(rec)) {
      if (!FIELDS.has(k)) diagnostics.push(bad(`${p}/${k}`, 'badKey', { key: k }, true));
    }
    if (typeof rec.id !== 'string' || !ID.test(rec.id))
      diagnostics.push(bad(rec.id === undefined ? p : `${p}/id`, 'badId'));
    if (typeof rec.name !== 'string' || rec.name.trim() === '')
      diagnostics.push(bad(rec.name === undefined ? p : `${p}/name`, 'noName'));
    if (
      rec.aliases !== undefined &&
      (!Array.isArray(rec.aliases) || rec.aliases.some((a) => typeof a !== 'string' || a.trim() === ''))
    )
      diagnostics.push(bad(`${p}/aliases`, 'badAliases'));
    if (rec.group !== undefined && typeof rec.group !== 'string')
      diagnostics.push(bad(`${p}/group`, 'badGroup'));
    if (diagnostics.length > before) return;
    units.push({ unit: rec as unknown as RawReportingUnit, at: (field) => src.locate(`${p}/${field}`) });
  });
  return { units, diagnostics };
}
