import type { Convention, Period } from '../model/period.js';
import { isIsoDate, isoDate } from '../util/date.js';
import { foldWords } from '../util/text.js';
import { dayPeriod, spanPeriod, yearRangePeriod } from './windows.js';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const YEAR = '((?:19|20)\\d{2})';

/** Quarter number from "3", "iii", "q3". */
function quarterOf(s: string): number | undefined {
  const n = ROMAN[s] ?? Number(s);
  return n >= 1 && n <= 4 ? n : undefined;
}

/** A day written dd/mm/yyyy, d/m/yyyy, ISO, or "ngày 5 tháng 4 năm 2026"; null otherwise. */
export function parseDay(text: string): string | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const dmy =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t) ??
    /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(foldWords(t));
  if (!dmy) return null;
  const iso = isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  return iso === `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` ? iso : null;
}

type Rule = [RegExp, (m: RegExpExecArray, c: Convention) => Period | null];

/** Patterns on folded text (lower case, no diacritics, punctuation → single spaces). */
const RULES: Rule[] = [
  // 2026 q3, q3 2026, quy iii 2026, quy 3 nam 2026, quarter 3 2026
  [new RegExp(`^${YEAR} q([1-4])$`), (m, c) => spanPeriod('quarter', +m[1]!, +m[2]!, c)],
  [new RegExp(`^(?:q|quy|quarter) ?(iv|iii|ii|i|[1-4])(?: nam)? ${YEAR}$`), (m, c) => q(m[1]!, +m[2]!, c)],
  // 2026 h1, h1 2026, 6 thang dau nam 2026, 6 thang nam 2026, 6 thang cuoi nam 2026
  [new RegExp(`^${YEAR} h([12])$`), (m, c) => spanPeriod('half', +m[1]!, +m[2]!, c)],
  [new RegExp(`^h([12]) ${YEAR}$`), (m, c) => spanPeriod('half', +m[2]!, +m[1]!, c)],
  [new RegExp(`^6 thang(?: dau)?(?: nam)? ${YEAR}$`), (m, c) => spanPeriod('half', +m[1]!, 1, c)],
  [new RegExp(`^6 thang cuoi(?: nam)? ${YEAR}$`), (m, c) => spanPeriod('half', +m[1]!, 2, c)],
  // 2026 9m, 9 thang (dau) nam 2026
  [new RegExp(`^${YEAR} 9m$`), (m, c) => spanPeriod('nine-months', +m[1]!, undefined, c)],
  [
    new RegExp(`^9 thang(?: dau)?(?: nam)? ${YEAR}$`),
    (m, c) => spanPeriod('nine-months', +m[1]!, undefined, c),
  ],
  // months: 2026 09, thang 9 2026, thang 9 nam 2026, t9 2026, 9 2026
  [new RegExp(`^${YEAR} (0[1-9]|1[0-2])$`), (m, c) => spanPeriod('month', +m[1]!, +m[2]!, c)],
  [
    new RegExp(`^(?:thang |t)?(0?[1-9]|1[0-2])(?: nam)? ${YEAR}$`),
    (m, c) => spanPeriod('month', +m[2]!, +m[1]!, c),
  ],
  // years: 2026, nam 2026, year 2026
  [new RegExp(`^(?:nam |year )?${YEAR}$`), (m, c) => spanPeriod('year', +m[1]!, undefined, c)],
  // ranges of years: giai doan 2026 2027, 2026 2027
  [new RegExp(`^(?:giai doan )?${YEAR} ${YEAR}$`), (m, c) => range(+m[1]!, +m[2]!, c)],
];

function q(s: string, year: number, c: Convention): Period | null {
  const n = quarterOf(s);
  return n ? spanPeriod('quarter', year, n, c) : null;
}

function range(a: number, b: number, c: Convention): Period | null {
  return b > a ? yearRangePeriod(a, b, c) : null;
}

/** See the contract in ./index.ts. */
export function parsePeriod(text: string, convention: Convention): Period | null {
  const raw = text.normalize('NFC').trim();
  if (!raw) return null;
  const day = parseDay(raw);
  if (day) return dayPeriod(day, convention);
  const explicit = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/.exec(raw);
  if (explicit) {
    const [a, b] = [explicit[1]!, explicit[2]!];
    if (!isIsoDate(a) || !isIsoDate(b) || b < a) return null;
    return { id: `${a}..${b}`, kind: 'range', year: Number(a.slice(0, 4)), start: a, end: b, convention };
  }
  const folded = foldWords(raw);
  for (const [re, make] of RULES) {
    const m = re.exec(folded);
    if (m) return make(m, convention);
  }
  return null;
}
