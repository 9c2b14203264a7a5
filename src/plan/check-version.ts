import type { Diagnostic, Location } from '../model/diagnostic.js';
import { catalogDiagnostic } from '../words/diagnostics/catalog.js';
import { isV2Comparator } from './normalise-comparator.js';
import { planSchema } from './schema-check.js';

/**
 * The fields of schemaVersion 1, frozen: a version-1 file is read exactly as before, and anything it holds
 * that only version 2 defines (a field, a comparator, a kind, a plan without indicators) is an error that
 * says to set `schemaVersion: 2`, rather than a file an older cchc would refuse and this one reads.
 * Fields other helpers add to the schema in this round are version 2 by construction: they are not here.
 */
const V1_FIELDS: Record<string, readonly string[]> = {
  '': [
    '$schema',
    'schemaVersion',
    'id',
    'title',
    'issuer',
    'document',
    'basis',
    'revision',
    'period',
    'reporting',
    'units',
    'phases',
    'areas',
    'indicators',
    'targets',
    'tasks',
  ],
  '/issuer': ['name', 'parent', 'place'],
  '/document': ['type', 'number', 'date'],
  '/basis/*': ['title', 'number', 'date', 'issuer'],
  '/revision': ['number', 'date', 'note', 'supersedes'],
  '/period': ['start', 'end'],
  '/reporting': ['convention', 'timezone'],
  '/units/*': ['id', 'name', 'shortName', 'group'],
  '/phases/*': ['id', 'name', 'start', 'end'],
  '/areas/*': ['id', 'code', 'name', 'lead', 'partners', 'timing', 'source'],
  '/indicators/*': ['code', 'name', 'kind', 'unit', 'computation', 'method'],
  '/indicators/*/computation': ['numerator', 'denominator', 'reference'],
  '/targets/*': [
    'id',
    'title',
    'indicator',
    'comparator',
    'value',
    'phase',
    'deadline',
    'area',
    'owner',
    'partners',
    'baseline',
    'parent',
    'method',
    'source',
    'note',
  ],
  '/targets/*/baseline': ['value', 'date'],
  '/tasks/*': ['id', 'content', 'area', 'owner', 'partners', 'product', 'deadline', 'source'],
};

type Locate = (pointer: string, key?: boolean) => Location;
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Version-2 constructs in a file that says `schemaVersion: 1`, each at its place. Empty for version 2. */
export function checkVersionFeatures(data: unknown, locate: Locate): Diagnostic[] {
  if (!isObject(data) || data.schemaVersion !== 1) return [];
  const out: Diagnostic[] = [];
  const need = (pointer: string, what: string, key = false) => out.push(needsV2(locate(pointer, key), what));
  walk(data, '', '', (pointer, field) => need(pointer, `"${field}"`, true));
  const targets = Array.isArray(data.targets) ? data.targets : [];
  targets.forEach((t, i) => {
    if (isObject(t) && typeof t.comparator === 'string' && isV2Comparator(t.comparator))
      need(`/targets/${i}/comparator`, `comparator "${t.comparator}"`);
  });
  const indicators = Array.isArray(data.indicators) ? data.indicators : [];
  indicators.forEach((ind, i) => {
    if (isObject(ind) && ind.kind === 'score') need(`/indicators/${i}/kind`, 'kind: score');
  });
  // A plan with tasks only: version 1 requires both lists and at least one indicator.
  for (const list of ['indicators', 'targets'] as const) {
    if (!(list in data))
      out.push(
        catalogDiagnostic(
          'missing-field',
          'v1List',
          { field: list },
          { location: locate('', true), hintId: 'v1ListHint' },
        ),
      );
  }
  if (Array.isArray(data.indicators) && data.indicators.length === 0)
    out.push(
      catalogDiagnostic(
        'empty-list',
        'v1Indicators',
        {},
        { location: locate('/indicators'), hintId: 'v1IndicatorsHint' },
      ),
    );
  return out;
}

function walk(
  node: unknown,
  pointer: string,
  pattern: string,
  found: (pointer: string, field: string) => void,
): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      walk(item, `${pointer}/${i}`, `${pattern}/*`, found);
    });
    return;
  }
  if (!isObject(node)) return;
  const allowed = V1_FIELDS[pattern];
  if (!allowed) return;
  const known = schemaFields(pattern);
  for (const [key, value] of Object.entries(node)) {
    const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    // A field neither version knows is the schema's "unknown field" (with its suggestion), not this.
    if (!allowed.includes(key)) {
      if (known.has(key)) found(child, key);
    } else walk(value, child, `${pattern}/${key}`, found);
  }
}

type SchemaNode = { properties?: Record<string, SchemaNode>; items?: SchemaNode; $ref?: string };

/** The fields the current schema (version 2) defines at a place such as "/targets/*". */
function schemaFields(pattern: string): Set<string> {
  const root = planSchema() as SchemaNode & { definitions?: Record<string, SchemaNode> };
  const deref = (n: SchemaNode | undefined) =>
    n?.$ref ? root.definitions?.[n.$ref.replace('#/definitions/', '')] : n;
  let node: SchemaNode | undefined = root;
  for (const part of pattern.split('/').slice(1)) {
    node = deref(part === '*' ? deref(node)?.items : deref(node)?.properties?.[part]);
  }
  return new Set(Object.keys(deref(node)?.properties ?? {}));
}

function needsV2(location: Location, what: string): Diagnostic {
  return catalogDiagnostic('needs-schema-version-2', 'needsV2', { what }, { location });
}
