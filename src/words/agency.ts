/**
 * An agency's name as the documents print it (NĐ 30/2020): the agency block of a letterhead, the issuer spelled
 * out, the place an issuer's name ends with. Read from the plan's issuer as officials write it ("UBND xã Phú
 * Trung", "Ủy ban nhân dân xã Phú Trung"), so the spellings are here with the words.
 */

const COMMITTEE = /^\s*(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+(.+)$/iu;
const COMMITTEE_UPPER = 'ỦY BAN NHÂN DÂN';
const COMMITTEE_SHORT = /^\s*ubnd\s+/iu;
const COMMITTEE_FULL = 'Ủy ban nhân dân ';
/** Everything up to the kind of local unit, so "UBND xã Phú Trung" leaves "Phú Trung". */
const UP_TO_PLACE = /^.*?\b(?:xã|phường|thị trấn)\s+/iu;

/** "Ủy ban nhân dân xã Phú Trung" / "UBND xã Phú Trung" → ["ỦY BAN NHÂN DÂN", "XÃ PHÚ TRUNG"], as NĐ 30 prints it. */
export function agencyLines(issuer: string): string[] {
  const m = COMMITTEE.exec(issuer.normalize('NFC'));
  if (m?.[1]) return [COMMITTEE_UPPER, m[1].toLocaleUpperCase('vi')];
  return [issuer.toLocaleUpperCase('vi')];
}

/** The issuer spelled out for the "(Kèm theo …)" line: "UBND xã X" → "Ủy ban nhân dân xã X". */
export function issuerInFull(issuer: string): string {
  return issuer.normalize('NFC').replace(COMMITTEE_SHORT, COMMITTEE_FULL);
}

/** The place an issuer's name ends with: "UBND xã Phú Trung" → "Phú Trung"; a name without one is kept. */
export function placeOfIssuer(issuer: string): string {
  return issuer.replace(UP_TO_PLACE, '');
}
