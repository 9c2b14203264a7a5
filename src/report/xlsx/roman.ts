const NUMERALS: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 4 → "IV", 14 → "XIV": group numbering in appendix tables. */
export function toRoman(n: number): string {
  let rest = Math.floor(n);
  let out = '';
  for (const [v, s] of NUMERALS) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
