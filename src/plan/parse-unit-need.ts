import type { UnitNeed } from '../model/plan.js';

/** Words before the figure that all mean "at least" (≥); strict "trên" is refused: plans mean ≥ by a share. */
const AT_LEAST = /^(?:>=|≥|=>|ít nhất|tối thiểu|it nhat|toi thieu|at least|min(?:imum)?)\s*/i;
/** Nouns after a count ("10/13 sở", "10 xã"): any word, kept out of the number. */
const NOUN = /\s*[\p{L}][\p{L}\s,.-]*$/u;

/**
 * A target over units' `need` as written: "100%", "≥ 80%", "tối thiểu 80%", "80" (a bare number is a
 * percent), "ít nhất 10/13", "10/13 sở", "ít nhất 10". Null when it is none of these (the plan check says
 * what was expected). Range checks (0 < share ≤ 100, count ≤ of) are the plan check's too.
 */
export function parseUnitNeed(need: string | number): UnitNeed | null {
  if (typeof need === 'number') {
    return Number.isFinite(need) ? { kind: 'share', value: need, text: `${need}%` } : null;
  }
  const text = need.normalize('NFC').trim();
  const body = text.replace(AT_LEAST, '').trim();
  const num = (s: string) => Number(s.replace(',', '.'));
  const share = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(body);
  if (share) return { kind: 'share', value: num(share[1]!), text };
  const noun = NOUN.test(body);
  const count = /^(\d+)(?:\s*\/\s*(\d+))?$/.exec(body.replace(NOUN, '').trim());
  if (count && (count[2] !== undefined || body !== text || noun)) {
    // A bare whole number with neither "ít nhất" nor "/13" nor a noun is read as a percent, like a YAML number.
    const need: UnitNeed = { kind: 'count', value: Number(count[1]), text };
    if (count[2] !== undefined) need.of = Number(count[2]);
    return need;
  }
  if (count) return { kind: 'share', value: Number(count[1]), text: `${text}%` };
  return null;
}
