import type { Diagnostic, Location, Msg } from '../../model/diagnostic.js';
import { CONFIG_CODES } from './config-codes.js';
import { DATA_CODES_CATALOG } from './data-codes.js';
import type { CatalogEntry, DiagnosticStage, Template } from './entry.js';
import { PLAN_CODES } from './plan-codes.js';
import { RUN_CODES } from './run-codes.js';

/**
 * The diagnostics catalog: every code any stage reports, with its severity, title, hint and message templates
 * in both languages. SARIF's rule descriptions and docs/diagnostics.md are made from it, and the builders of
 * each stage take only codes listed here (a new code that is not in the catalog does not compile).
 */
export const CATALOG_BY_STAGE = {
  plan: PLAN_CODES,
  data: DATA_CODES_CATALOG,
  run: RUN_CODES,
  config: CONFIG_CODES,
} as const satisfies Record<DiagnosticStage, Record<string, CatalogEntry>>;

export type PlanCode = keyof typeof PLAN_CODES;
export type DataCode = keyof typeof DATA_CODES_CATALOG;
export type RunCode = keyof typeof RUN_CODES;
export type ConfigCode = keyof typeof CONFIG_CODES;
export type DiagnosticCode = PlanCode | DataCode | RunCode | ConfigCode;

export const DIAGNOSTIC_CATALOG: Readonly<Record<DiagnosticCode, CatalogEntry>> = {
  ...PLAN_CODES,
  ...DATA_CODES_CATALOG,
  ...RUN_CODES,
  ...CONFIG_CODES,
};

export const isDiagnosticCode = (code: string): code is DiagnosticCode =>
  Object.hasOwn(DIAGNOSTIC_CATALOG, code);

/** The stage a code belongs to (the docs section that lists it). */
export function stageOf(code: DiagnosticCode): DiagnosticStage {
  if (Object.hasOwn(PLAN_CODES, code)) return 'plan';
  if (Object.hasOwn(DATA_CODES_CATALOG, code)) return 'data';
  return Object.hasOwn(RUN_CODES, code) ? 'run' : 'config';
}

/** What a code means, in one line; an unknown code (from a newer release's JSON) reads as its own words. */
export function codeTitle(code: string): Msg {
  if (isDiagnosticCode(code)) return DIAGNOSTIC_CATALOG[code].title;
  const words = code.replace(/-/g, ' ');
  const text = words.charAt(0).toUpperCase() + words.slice(1);
  return { vi: text, en: text };
}

/** Values a template may name: text as it is, numbers already formatted by the caller (per language if needed). */
export type MessageData = Record<string, string | number | Msg>;

function fill(template: string, data: MessageData, lang: 'vi' | 'en', where: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = data[name];
    if (v === undefined) throw new Error(`${where}: no data for {${name}}`);
    return typeof v === 'object' ? v[lang] : String(v);
  });
}

/** Called with each template filled (tests count which messageIds a run reached); unset otherwise. */
let seen: ((code: DiagnosticCode, messageId: string) => void) | undefined;
export function observeCatalogMessages(
  f: ((code: DiagnosticCode, messageId: string) => void) | undefined,
): void {
  seen = f;
}

/** A template of the catalog filled in both languages. */
export function catalogMessage(code: DiagnosticCode, messageId: string, data: MessageData = {}): Msg {
  const t: Template | undefined = DIAGNOSTIC_CATALOG[code].messages?.[messageId];
  if (!t) throw new Error(`diagnostics catalog: ${code} has no message "${messageId}"`);
  seen?.(code, messageId);
  const where = `${code}/${messageId}`;
  return { vi: fill(t.vi, data, 'vi', where), en: fill(t.en, data, 'en', where) };
}

export interface CatalogExtras {
  location?: Location;
  /** A hint for this finding; the code's own hint otherwise. */
  hint?: Msg;
  /** A hint from the code's templates, filled from the same data (wins over `hint`). */
  hintId?: string;
  text?: string;
  key?: string;
}

/**
 * A diagnostic from the catalog: severity, message and hint come from the code's entry, the finding supplies
 * only its data and place (ESLint's `messageId` + `data`).
 */
export function catalogDiagnostic(
  code: DiagnosticCode,
  messageId: string,
  data: MessageData = {},
  extras: CatalogExtras = {},
): Diagnostic {
  const entry = DIAGNOSTIC_CATALOG[code];
  if (entry.severity === 'by-fail-on') throw new Error(`${code}: its severity follows --fail-on`);
  const d: Diagnostic = { code, severity: entry.severity, message: catalogMessage(code, messageId, data) };
  if (extras.location) d.location = extras.location;
  const hint = extras.hintId ? catalogMessage(code, extras.hintId, data) : (extras.hint ?? entry.hint);
  if (hint) d.hint = hint;
  if (extras.text !== undefined) d.text = extras.text;
  if (extras.key !== undefined) d.key = extras.key;
  return d;
}
