/** Turning one value cell into a figure, according to the kind of indicator the plan says it is. */
import type { Msg } from '../model/diagnostic.js';
import type { Assessment } from '../model/observation.js';
import type { IndicatorKind } from '../model/plan.js';
import { expectedValue, RANK_FROM_ONE, scoreUpTo, tickOrWord } from '../words/data-values.js';
import { POINT_WORD_START, POINT_WORDS } from '../words/input/value-shapes.js';
import { cellText, type RawCell, trimFloat } from './cells.js';
import { parseNumber } from './parse-number.js';
import { isSigned, type Shape, type ShapeCode, shapeOf } from './value-shape.js';
import {
  ASSESSMENT_EXAMPLES,
  isNoDataWord,
  isNothingOccurred,
  parseAssessment,
  parseLevel,
  parseRank,
} from './words.js';

/** A readable value. `ambiguous`: a bare fraction in (0, 1] for a percentage, kept as written. */
export interface ValueOk {
  ok: true;
  value: number | null;
  assessment?: Assessment;
  /** Decimals as written (for the rounding tolerance against numerator/denominator); 2 when unknown. */
  decimals: number;
  ambiguous?: boolean;
  /** A no-data word: "Không phát sinh" (no case occurred) or any other ("Chưa có số liệu", "-", "N/A", "x"). */
  noData?: 'nothing-occurred' | 'no-figure';
  raw: string;
}

/** Why a cell gives no figure; the words are its code's templates (src/words/diagnostics). */
export type ValueError =
  | {
      ok: false;
      code: 'data-bad-value' | 'data-out-of-range';
      /** What was expected, as a phrase (src/words/data-values). */
      expected: Msg;
      raw: string;
    }
  | { ok: false; code: 'data-formula-no-result' | 'data-formula-error'; raw: string }
  | {
      ok: false;
      code: ShapeCode;
      raw: string;
      /** Why the value is not one of the indicator (a change, a range, points…), and how to write it. */
      why: Msg;
      hint: Msg;
    };

export type ValueResult = ValueOk | ValueError;

/** What a value of `kind` looks like, as the finding says it. */
const expected = (kind: IndicatorKind): Msg => expectedValue(kind, ASSESSMENT_EXAMPLES);

const bad = (kind: IndicatorKind, raw: string): ValueError => ({
  ok: false,
  code: 'data-bad-value',
  expected: expected(kind),
  raw,
});

const shaped = (raw: string, s: Shape): ValueError => ({
  ok: false,
  code: s.code,
  raw,
  why: s.why,
  hint: s.hint,
});

/** Not readable as a value of `kind`: say why when the text is a change, a range, points or units. */
function unreadable(kind: IndicatorKind, cell: RawCell, raw: string): ValueError {
  const s = typeof cell === 'string' ? shapeOf(raw, kind) : undefined;
  return s ? shaped(raw, s) : bad(kind, raw);
}

const RANK_RANGE = RANK_FROM_ONE;
const TICK = tickOrWord(ASSESSMENT_EXAMPLES);

/** A rank from a cell: ≥ 1; 0 or below is out of range, a negative number is a change of rank. */
function rankOf(cell: RawCell, raw: string): ValueResult {
  if (cell !== undefined && typeof cell !== 'string') {
    if (cell.kind !== 'number' || cell.percent || !Number.isInteger(cell.num)) return bad('rank', raw);
    if (cell.num < 0) return shaped(raw, shapeOf('-1', 'rank')!);
    if (cell.num === 0) return { ok: false, code: 'data-out-of-range', expected: RANK_RANGE, raw };
    return { ok: true, value: cell.num, decimals: 0, raw };
  }
  if (isSigned(raw)) return unreadable('rank', cell, raw);
  const n = parseRank(raw);
  if (n !== null) return { ok: true, value: n, decimals: 0, raw };
  // "0", "Hạng 0": a number, but no rank.
  if (parseRank(raw.replace(/\b0+\b/, '1')) !== null)
    return { ok: false, code: 'data-out-of-range', expected: RANK_RANGE, raw };
  return unreadable('rank', cell, raw);
}

/** A number from a cell (text or Excel number): n in the cell's own units, percent when marked as such. */
function numberOf(cell: RawCell): { n: number; percent: boolean; decimals: number } | null {
  if (cell !== undefined && typeof cell !== 'string') {
    if (cell.kind !== 'number') return null;
    // A percent-formatted cell holds the fraction: 0.955 shown as 95,5%.
    return cell.percent
      ? { n: trimFloat(cell.num * 100), percent: true, decimals: cell.decimals ?? 2 }
      : { n: cell.num, percent: false, decimals: 2 };
  }
  return parseNumber(cell ?? '');
}

/** Read a value cell for an indicator of `kind`. The caller has checked that the cell is not empty. */
/** `max`: the highest score of a score indicator; a score above it (or below 0) is an error, not a figure. */
export function interpretValue(cell: RawCell, kind: IndicatorKind, max?: number): ValueResult {
  const raw = cellText(cell);
  if (cell !== undefined && typeof cell !== 'string') {
    if (cell.kind === 'no-result') return { ok: false, code: 'data-formula-no-result', raw };
    if (cell.kind === 'error') return { ok: false, code: 'data-formula-error', raw };
  }
  if (typeof cell === 'string') {
    if ((kind === 'milestone' || kind === 'qualitative') && (raw === 'x' || raw === 'X'))
      return { ok: false, code: 'data-bad-value', expected: TICK, raw };
    if (isNoDataWord(cell)) {
      const noData = isNothingOccurred(raw) ? 'nothing-occurred' : 'no-figure';
      return { ok: true, value: null, decimals: 2, noData, raw };
    }
    // A sign is a change ("+2", "-5%"), whatever the kind: never a measured value.
    if (kind !== 'milestone' && kind !== 'qualitative' && kind !== 'rank' && isSigned(raw))
      return unreadable(kind, cell, raw);
  }
  switch (kind) {
    case 'percentage': {
      const p = numberOf(cell);
      if (!p) return unreadable(kind, cell, raw);
      if (p.n < 0 || p.n > 100)
        return { ok: false, code: 'data-out-of-range', expected: expected('percentage'), raw };
      const ambiguous = !p.percent && p.n > 0 && p.n <= 1;
      return ambiguous
        ? { ok: true, value: p.n, decimals: p.decimals, ambiguous, raw }
        : { ok: true, value: p.n, decimals: p.decimals, raw };
    }
    case 'count': {
      const p = numberOf(cell);
      if (!p || p.percent) return unreadable(kind, cell, raw);
      if (p.n < 0 || !Number.isInteger(p.n))
        return { ok: false, code: 'data-out-of-range', expected: expected('count'), raw };
      return { ok: true, value: p.n, decimals: 0, raw };
    }
    case 'score': {
      const p = numberOf(cell) ?? scoreText(cell, max);
      if (!p || p.percent) return unreadable(kind, cell, raw);
      if (p.n < 0 || (max !== undefined && p.n > max))
        return {
          ok: false,
          code: 'data-out-of-range',
          expected: scoreUpTo(max),
          raw,
        };
      return { ok: true, value: p.n, decimals: p.decimals, raw };
    }
    case 'rank':
      return rankOf(cell, raw);
    case 'level': {
      const n =
        cell !== undefined && typeof cell !== 'string'
          ? cell.kind === 'number' && !cell.percent && Number.isInteger(cell.num) && cell.num >= 1
            ? cell.num
            : null
          : parseLevel(raw);
      return n === null ? unreadable(kind, cell, raw) : { ok: true, value: n, decimals: 0, raw };
    }
    case 'milestone':
    case 'qualitative': {
      const a =
        cell !== undefined && typeof cell !== 'string'
          ? cell.kind === 'bool'
            ? cell.value
              ? 'achieved'
              : 'not-achieved'
            : null
          : parseAssessment(raw);
      return a === null ? bad(kind, raw) : { ok: true, value: null, assessment: a, decimals: 0, raw };
    }
  }
}

const SCORE_TEXT = new RegExp(String.raw`^(\d[\d.,]*)\s*(?:\/\s*(\d[\d.,]*))?\s*(?:${POINT_WORDS})?$`, 'i');
const POINT_START = new RegExp(POINT_WORD_START, 'i');

/**
 * A score as people write it: "8,5 điểm", "10/10 điểm", "10/10" — the "/10" must be the indicator's maximum
 * (a score on another scale is not converted). null when the text is not such a score.
 */
function scoreText(
  cell: RawCell,
  max: number | undefined,
): { n: number; percent: false; decimals: number } | null {
  if (typeof cell !== 'string') return null;
  const m = SCORE_TEXT.exec(cell.trim().normalize('NFC'));
  if (!m || (m[2] === undefined && !POINT_START.test(cell))) return null;
  const p = parseNumber(m[1]!);
  if (!p || p.percent) return null;
  if (m[2] !== undefined) {
    const of = parseNumber(m[2]);
    if (!of || max === undefined || of.n !== max) return null;
  }
  return { n: p.n, percent: false, decimals: p.decimals };
}

/** Numerator or denominator: a non-negative number without a percent sign. */
export function interpretCount(cell: RawCell): number | null {
  const p = numberOf(cell);
  if (!p || p.percent || p.n < 0) return null;
  return p.n;
}
