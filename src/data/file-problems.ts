/** Diagnostics about a whole file or sheet (not a cell). */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import type { MessageData } from '../words/diagnostics/catalog.js';
import { ENCODING_NAMES, LEGACY_ENCODINGS, unikeySteps } from '../words/encoding-words.js';
import { dataFinding } from './diagnostics.js';
import { HEADER_SCAN_ROWS } from './header.js';
import type { EightBitReading, LegacyEncoding } from './legacy-encoding.js';

const at = (file: string, sheet?: string): Location => (sheet === undefined ? { file } : { file, sheet });

/** Text in a legacy encoding that cchc does not convert: VNI anywhere, TCVN3/VNI font text inside Unicode cells. */
export function legacyEncodingDiag(file: string, enc: LegacyEncoding, sheet?: string): Diagnostic {
  const name = LEGACY_ENCODINGS[enc];
  const hint = unikeySteps(name.unikey, sheet !== undefined);
  const encoding = { vi: name.vi, en: name.en };
  return dataFinding(
    'data-legacy-encoding',
    sheet === undefined ? 'file' : 'cells',
    { encoding },
    at(file, sheet),
    {
      hint,
    },
  );
}

/** A TCVN3 CSV, converted exactly to Unicode: said, so the sender can save the next one as UTF-8. */
export function convertedEncodingDiag(file: string, enc: 'TCVN3'): Diagnostic {
  const encoding = { vi: LEGACY_ENCODINGS[enc].vi, en: LEGACY_ENCODINGS[enc].en };
  return dataFinding('data-converted-encoding', 'converted', { encoding }, at(file), {
    hintId: 'saveAsUtf8',
  });
}

/** Why the bytes of a CSV were not turned into text. */
export function encodingFailureDiag(file: string, r: EightBitReading | { kind: 'broken' }): Diagnostic {
  if (r.kind === 'found') return legacyEncodingDiag(file, r.encoding === 'TCVN3' ? 'TCVN3' : 'VNI');
  const data: MessageData =
    r.kind === 'ambiguous'
      ? { first: ENCODING_NAMES[r.encodings[0]], second: ENCODING_NAMES[r.encodings[1]] }
      : {};
  return dataFinding('data-bad-encoding', r.kind, data, at(file), { hintId: 'saveAsUtf8' });
}

export function noHeaderDiag(file: string, sheet?: string): Diagnostic {
  return dataFinding('data-no-header', 'noHeader', { rows: HEADER_SCAN_ROWS }, at(file, sheet));
}
