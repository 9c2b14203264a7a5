/**
 * Values that are not one measured figure of what the indicator measures: a change ("-31", "tăng 3 bậc"), a
 * range or bound ("50-95", "<10"), points for a rate ("8,5 điểm"), a count of units for a rate ("2/13 sở").
 * Only cells that failed the ordinary reading (or carry a sign) come here, so none of this costs a normal row.
 */
import type { Msg } from '../model/diagnostic.js';
import type { IndicatorKind } from '../model/plan.js';
import { catalogMessage } from '../words/diagnostics/catalog.js';
import {
  BOUND_WORDS,
  CHANGE_PARTICLES,
  CHANGE_VERBS,
  COUNTED_UNIT_WORDS,
  OUT_OF_WORD,
  PLACES_WORD,
  POINTS_WORD,
  RANGE_FROM,
  RANGE_TO,
} from '../words/input/value-shapes.js';

export type ShapeCode =
  | 'data-change-not-value'
  | 'data-range-not-value'
  | 'data-points-not-rate'
  | 'data-units-not-rate';

/** Why a text is not a value of the indicator, and how to write it instead. */
export interface Shape {
  code: ShapeCode;
  why: Msg;
  hint: Msg;
}

/** Lower case, no diacritics (đ → d), spaces collapsed; punctuation kept (a dash or "<" matters here). */
export function plainText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim();
}

const NUM = String.raw`\d[\d.,]*`;
const SIGNED = /^[+\-\u2212\u2013]\s*\d/;
const CHANGE_WORDS = new RegExp(
  String.raw`(?:^|\s)(?:${CHANGE_VERBS})(?:\s+(?:${CHANGE_PARTICLES}))?\s+${NUM}|(?:^|\s|\d)${PLACES_WORD}(?:$|\s|[.,;)])`,
);
const RANGE = new RegExp(
  [
    String.raw`^(?:[<>\u2264\u2265]=?|=[<>])\s*${NUM}`,
    String.raw`^${NUM}\s*%?\s*(?:-|\u2013|\u2014|~|${RANGE_TO})\s*${NUM}`,
    String.raw`^${RANGE_FROM}\s+${NUM}.*\s(?:${RANGE_TO})\s+${NUM}`,
    String.raw`^(?:${BOUND_WORDS})\s+${NUM}`,
  ].join('|'),
);
const POINTS = new RegExp(String.raw`(?:^|[\s\d/(])${POINTS_WORD}(?:$|[\s.,;:)])`);
// Units that a province counts ("2/13 sở", "5/95 xã"), matched with their diacritics: "số" is not "sở".
const UNIT_WORDS = COUNTED_UNIT_WORDS;
const UNIT_COUNT = new RegExp(
  String.raw`^${NUM}\s*(?:/|${OUT_OF_WORD})\s*${NUM}\s*(?:${UNIT_WORDS})(?=$|[\s,.;:)(])|^${NUM}\s*(?:${UNIT_WORDS})(?=$|[\s,.;:)(])`,
);
const UNIT_WORD = new RegExp(String.raw`(?:^|[\s(])(?:${UNIT_WORDS})(?=$|[\s,.;:)(])`);

/** "bậc" (places of a rank) in a folded unit-of-measure text. */
export const PLACES = new RegExp(String.raw`(?:^|\s)${PLACES_WORD}(?:$|\s)`);

export function isSigned(text: string): boolean {
  return SIGNED.test(text.trim());
}

/** A shape's reason and hint: templates of its code in the diagnostics catalog. */
const shape = (code: ShapeCode, rank = false): Shape => ({
  code,
  why: catalogMessage(code, rank ? 'whyRank' : 'why'),
  hint: catalogMessage(code, rank ? 'hintRank' : 'hint'),
});

const CHANGE_SHAPE = shape('data-change-not-value');
/** A change of rank ("tăng 3 bậc"), for a rank indicator. */
export const RANK_CHANGE_SHAPE = shape('data-change-not-value', true);
const change = (kind: IndicatorKind): Shape => (kind === 'rank' ? RANK_CHANGE_SHAPE : CHANGE_SHAPE);
const RANGE_SHAPE = shape('data-range-not-value');
export const POINTS_SHAPE = shape('data-points-not-rate');
export const UNITS_SHAPE = shape('data-units-not-rate');

/** Whether a unit-of-measure, numerator or note text speaks of points ("điểm") or of counted units ("sở"). */
export function contextOf(text: string): 'points' | 'units' | undefined {
  if (POINTS.test(plainText(text))) return 'points';
  if (UNIT_WORD.test(text.toLowerCase().normalize('NFC'))) return 'units';
  return undefined;
}

/** "2/13 sở", "10/10 điểm" in a note: the figures it names, to compare with the row's Tử số/Mẫu số. */
const FIGURES = new RegExp(String.raw`(\d+)\s*(?:\/|${OUT_OF_WORD})\s*(\d+)`);
export function figuresOf(text: string): [number, number] | undefined {
  const m = FIGURES.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * The reason a text that was not read as a value of `kind` is not one: a change, a range, points for a
 * percentage, a count of units for a percentage. undefined when none fits (the caller says "cannot read").
 */
export function shapeOf(text: string, kind: IndicatorKind): Shape | undefined {
  if (kind === 'milestone' || kind === 'qualitative') return undefined;
  const t = plainText(text);
  if (SIGNED.test(t) || CHANGE_WORDS.test(t)) return change(kind);
  if (RANGE.test(t)) return RANGE_SHAPE;
  if (kind === 'percentage') {
    if (POINTS.test(t)) return POINTS_SHAPE;
    if (UNIT_COUNT.test(text.trim().toLowerCase().normalize('NFC'))) return UNITS_SHAPE;
  }
  return undefined;
}
