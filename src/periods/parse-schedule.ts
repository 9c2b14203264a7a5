import type { Convention, Schedule } from '../model/period.js';
import { addDays } from '../util/date.js';
import { foldWords } from '../util/text.js';
import { parseDay, parsePeriod } from './parse-period.js';

const RECURRING: [RegExp, 'period' | 'quarter' | 'year'][] = [
  [/^thuong xuyen$/, 'period'],
  [/^hang nam$|^annually$|^every year$/, 'year'],
  [/^hang quy$|^quarterly$|^every quarter$/, 'quarter'],
  [/^ongoing$|^continuous$/, 'period'],
];

/**
 * See the contract in ./index.ts. Deadlines are calendar dates whatever the data convention:
 * "Quý II/2026" as a deadline means by 30/06/2026, "Năm 2027" by 31/12/2027. The convention
 * only shapes the data windows, never when work is due.
 */
export function parseSchedule(text: string, _convention: Convention): Schedule | null {
  const label = text.normalize('NFC').trim();
  const folded = foldWords(label);
  if (!folded) return null;
  for (const [re, every] of RECURRING) if (re.test(folded)) return { kind: 'recurring', every, label };

  // "Trước ngày 15/12/2026" → due the day before; "Chậm nhất ngày 15/12/2026", "Hạn 15/12/2026" → that day.
  const before = /^(?:truoc|before)(?: ngay)? (.+)$/.exec(folded);
  const byDay = /^(?:cham nhat|han|han chot|by|den)(?: ngay)? (.+)$/.exec(folded);
  const dayText = (before ?? byDay)?.[1];
  if (dayText) {
    const day = parseDay(dayText.replace(/ /g, '/')) ?? parseDay(`ngay ${dayText}`);
    if (!day) return null;
    return { kind: 'once', due: before ? addDays(day, -1) : day, label };
  }

  const day = parseDay(label);
  if (day) return { kind: 'once', due: day, label };
  const p = parsePeriod(label, 'calendar');
  if (!p) return null;
  return p.kind === 'day'
    ? { kind: 'once', due: p.end, label }
    : { kind: 'once', start: p.start, due: p.end, label };
}
