/** Names Windows refuses for a file whatever the extension (CON.xlsx included). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Characters refused by Windows, macOS or Linux file systems, and control characters. */
const BAD = /[<>:"/\\|?*]|\p{Cc}/gu;
/** Well under 255 bytes once UTF-8 encoded (Vietnamese letters take 2–3 bytes) with the extension. */
const MAX_CHARS = 80;

/**
 * A file name made from a unit's name that every file system accepts: Vietnamese letters kept (NFC, so macOS
 * and Windows agree), reserved characters and runs of spaces replaced by "-", no leading or trailing dots or
 * spaces, Windows device names prefixed with "_", never empty. `taken` holds the folded names already given in
 * this folder (case and Unicode form folded, as case-insensitive file systems compare): a second "Xã Tân Phú"
 * or "XÃ TÂN PHÚ" becomes "Xã-Tân-Phú-2".
 */
export function safeFileName(name: string, ext: string, taken: Set<string>): string {
  let base = name
    .normalize('NFC')
    .replace(BAD, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.\-\s]+|[.\-\s]+$/g, '');
  base = [...base]
    .slice(0, MAX_CHARS)
    .join('')
    .replace(/[.\-\s]+$/g, '');
  if (base === '') base = 'don-vi';
  if (RESERVED.test(base.split('.')[0]!)) base = `_${base}`;
  let out = base;
  for (let i = 2; taken.has(fold(out)); i++) out = `${base}-${i}`;
  taken.add(fold(out));
  return `${out}${ext}`;
}

function fold(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi');
}
