import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CchcError } from '../errors.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import { displayPath, sha256 } from '../util/fs.js';
import { catalogDiagnostic } from '../words/diagnostics/catalog.js';
import { planReadWords } from '../words/plan-words.js';
import { acceptBareYears } from './bare-years.js';
import { checkIndicatorNames, checkReportingUnits } from './check-names.js';
import { checkPlan } from './check-plan.js';
import { checkMapping, checkVersion } from './check-shape.js';
import { checkVersionFeatures } from './check-version.js';
import { normalisePlan } from './normalise-plan.js';
import { cachedLoad, type PlanCache } from './plan-cache.js';
import type { RawPlan } from './raw-plan.js';
import { type LocatedUnit, type ReadUnitsFile, readUnitsFile } from './reporting-units-file.js';
import { checkSchema } from './schema-check.js';
import { schemaSurvivors } from './schema-survivors.js';
import { MAX_PLAN_CHARS, parseYamlSource, tooLarge, type YamlSource } from './yaml-source.js';

/** The outcome of reading one plan file: the plan when it is valid, and every finding either way. */
export interface PlanLoadResult {
  /** Display path (relative to cwd, forward slashes). */
  file: string;
  /** SHA-256 of the file's bytes, for the evidence trail. */
  sha256: string;
  /** The normalised plan; null when any error-severity diagnostic exists. */
  plan: Plan | null;
  /** Every problem found, errors and warnings, in file order within each stage. */
  diagnostics: Diagnostic[];
}

/**
 * Check plan text and build the `Plan`. Pure: `file` is only used to label locations.
 * Stages: YAML (syntax, duplicate keys, aliases) → schemaVersion → JSON Schema → semantic checks
 * → normalise. A stage runs only when the one before found no error, so one mistake is not
 * reported three times in three vocabularies.
 */
export function parsePlan(text: string, file: string, readUnits?: ReadUnitsFile): PlanLoadResult {
  const digest = sha256(text);
  const done = (diagnostics: Diagnostic[], plan: Plan | null = null): PlanLoadResult => ({
    file,
    sha256: digest,
    plan,
    diagnostics,
  });
  const src = parseYamlSource(text, file);
  if (src.diagnostics.length > 0) return done(src.diagnostics);
  const shape = checkMapping(src);
  if (shape) return done([shape]);
  const version = checkVersion(src);
  if (version) return done([version]);
  acceptBareYears(src.data);
  const schemaErrors = [...checkSchema(src.data, src.locate), ...checkVersionFeatures(src.data, src.locate)];
  // The semantic checks run on what passed the schema, so one pass shows as much as it can.
  const survivors = schemaSurvivors(src.data);
  if (!survivors) return done(sortByPosition(schemaErrors));
  const { raw, skipped, original } = survivors;
  const locate = (pointer: string, key?: boolean) => src.locate(original(pointer), key);
  const ctx = { raw, locate, skipped };
  const units = reportingUnitsOf(raw, locate, readUnits);
  const findings = [
    ...checkPlan(ctx),
    ...checkIndicatorNames(ctx),
    ...checkReportingUnits(ctx, units.units),
    ...units.diagnostics,
  ];
  if (schemaErrors.length > 0) return done(sortByPosition(dedupe([...schemaErrors, ...findings])));
  if (findings.some((d) => d.severity === 'error')) return done(findings);
  return done(
    findings,
    normalisePlan(
      raw,
      src.locate,
      units.units.map((u) => u.unit),
    ),
  );
}

/** The plan's inline reporting units, then those of its units file (read through `read`). */
function reportingUnitsOf(
  raw: RawPlan,
  locate: YamlSource['locate'],
  read: ReadUnitsFile | undefined,
): { units: LocatedUnit[]; diagnostics: Diagnostic[] } {
  const inline: LocatedUnit[] = (raw.reportingUnits?.list ?? []).map((unit, i) => ({
    unit,
    at: (field: string) => locate(`/reportingUnits/list/${i}/${field}`),
  }));
  const rel = raw.reportingUnits?.file;
  if (rel === undefined) return { units: inline, diagnostics: [] };
  const reader: ReadUnitsFile = read ?? (() => ({ error: { reason: 'noAccess' } }));
  const fromFile = readUnitsFile(rel, reader, locate('/reportingUnits/file'));
  return { units: [...inline, ...fromFile.units], diagnostics: fromFile.diagnostics };
}

function sortByPosition(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}

/** The same code at the same place once (a v1 gate finding and a schema finding can coincide). */
function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const key = `${d.code}|${d.location?.line}|${d.location?.column}|${d.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Read and check a plan file. A file that cannot be read at all (missing, a directory, no
 * permission) is not a finding but a failure to run: it throws `CchcError('plan-read')`.
 */
export async function loadPlanFile(
  file: string,
  cwd: string,
  /** Reads standard input, for the plan argument `-`; without it `-` is a file name like any other. */
  readStdin?: () => Promise<Buffer>,
  /** Where checked plans are kept between runs (src/plan/plan-cache.ts); none: every run parses the plan. */
  options: { cache?: PlanCache | undefined } = {},
): Promise<PlanLoadResult> {
  const fromStdin = file === STDIN && readStdin !== undefined;
  const abs = path.resolve(cwd, file);
  const shown = fromStdin ? STDIN_NAME : displayPath(file, cwd);
  let bytes: Buffer;
  try {
    if (fromStdin) {
      bytes = await readStdin();
      if (bytes.length > MAX_PLAN_CHARS) {
        return { file: shown, sha256: '', plan: null, diagnostics: [tooLarge(shown, bytes.length)] };
      }
      return decoded(bytes, shown, unitsFileReader(fromStdin ? path.join(cwd, STDIN) : abs, cwd));
    }
    const info = await stat(abs);
    if (info.isFile() && info.size > MAX_PLAN_CHARS) {
      // Refuse before reading: a multi-gigabyte file must not be pulled into memory.
      return { file: shown, sha256: '', plan: null, diagnostics: [tooLarge(shown, info.size)] };
    }
    bytes = await readFile(abs);
  } catch (e) {
    throw readError(shown, e as NodeJS.ErrnoException);
  }
  const readUnits = unitsFileReader(abs, cwd);
  if (!options.cache) return decoded(bytes, shown, readUnits);
  // The shown name and the folders are in the key: diagnostics name the files as they were reached.
  return cachedLoad(options.cache, [cwd, abs, shown, bytes], readUnits, (read) =>
    decoded(bytes, shown, read),
  );
}

/** The plan argument that means standard input, and the name its diagnostics carry. */
export const STDIN = '-';
export const STDIN_NAME = '<stdin>';

function decoded(bytes: Buffer, shown: string, readUnits: ReadUnitsFile): PlanLoadResult {
  const text = decode(bytes);
  if (text === null) {
    return {
      file: shown,
      sha256: sha256(bytes),
      plan: null,
      diagnostics: [
        catalogDiagnostic('plan-encoding', 'notUtf8', {}, { location: { file: shown, line: 1, column: 1 } }),
      ],
    };
  }
  return { ...parsePlan(text, shown, readUnits), sha256: sha256(bytes) };
}

/** Reads `reportingUnits.file` relative to the plan's folder, with the same size and encoding rules as a plan. */
function unitsFileReader(planAbs: string, cwd: string): ReadUnitsFile {
  return (relative) => {
    const abs = path.resolve(path.dirname(planAbs), relative);
    const shown = displayPath(abs, cwd);
    let bytes: Buffer;
    try {
      if (statSync(abs).size > MAX_PLAN_CHARS) return { error: { reason: 'tooLarge', max: MAX_PLAN_CHARS } };
      bytes = readFileSync(abs);
    } catch (e) {
      return { error: { reason: 'os', code: (e as NodeJS.ErrnoException).code ?? String(e) } };
    }
    const text = decode(bytes);
    return text === null ? { error: { reason: 'notUtf8' } } : { text, file: shown };
  };
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM; null for anything else (binary, legacy encodings). */
function decode(bytes: Buffer): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function readError(shown: string, e: NodeJS.ErrnoException): CchcError {
  const { message, hint } = planReadWords(shown, e.code, e.message);
  return new CchcError('plan-read', message, hint);
}
