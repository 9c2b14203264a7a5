/** Building data diagnostics: one place for the shape, so every reader reports the same way. */
import type { Diagnostic, Location, Msg, Severity } from '../model/diagnostic.js';
import {
  type CatalogExtras,
  catalogDiagnostic,
  type DataCode,
  type MessageData,
} from '../words/diagnostics/catalog.js';
import { DATA_CODES_CATALOG } from '../words/diagnostics/data-codes.js';

/** Every code the data readers emit: the data part of the diagnostics catalog (src/words/diagnostics). */
export const DATA_CODES = Object.keys(DATA_CODES_CATALOG) as DataCode[];
export type { DataCode };

export interface DiagExtras {
  text?: string;
  hint?: Msg;
}

/** A data finding from the catalog: the code's template `messageId` filled from `data`, at `location`. */
export function dataFinding(
  code: DataCode,
  messageId: string,
  data: MessageData,
  location: Location,
  extras: Omit<CatalogExtras, 'location'> = {},
): Diagnostic {
  const d = catalogDiagnostic(code, messageId, data, extras);
  // Built by dataDiag so the fields keep the order every data finding has had (goldens are JSON text).
  return dataDiag(code, d.severity, location, d.message, {
    text: extras.text,
    ...(d.hint ? { hint: d.hint } : {}),
  });
}

export function dataDiag(
  code: DataCode,
  severity: Severity,
  location: Location,
  message: Msg,
  extras: DiagExtras = {},
): Diagnostic {
  const d: Diagnostic = { code, severity, message, location };
  if (extras.text !== undefined) d.text = extras.text;
  if (extras.hint) d.hint = extras.hint;
  return d;
}

export { placeText } from '../words/place-words.js';
