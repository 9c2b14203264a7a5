/** The first checks of parsed plan text: a mapping at the top, and a schemaVersion this release reads. */
import type { Diagnostic } from '../model/diagnostic.js';
import { PLAN_SCHEMA_VERSIONS } from '../model/plan.js';
import { catalogDiagnostic } from '../words/diagnostics/catalog.js';
import type { YamlSource } from './yaml-source.js';

export function checkMapping(src: YamlSource): Diagnostic | null {
  const d = src.data;
  if (d !== null && typeof d === 'object' && !Array.isArray(d)) return null;
  const empty = d === null || d === undefined;
  const location = src.locate('');
  return empty
    ? catalogDiagnostic('plan-empty', 'empty', {}, { location })
    : catalogDiagnostic('plan-not-mapping', 'notMapping', {}, { location });
}

export function checkVersion(src: YamlSource): Diagnostic | null {
  const v = (src.data as Record<string, unknown>).schemaVersion;
  if (typeof v !== 'number' || (PLAN_SCHEMA_VERSIONS as readonly number[]).includes(v)) return null;
  const supported = PLAN_SCHEMA_VERSIONS.join(', ');
  return catalogDiagnostic(
    'unknown-schema-version',
    'unsupported',
    { version: String(v), supported },
    { location: src.locate('/schemaVersion'), text: String(v) },
  );
}
