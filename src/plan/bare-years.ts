/**
 * `date: 2024` unquoted is a YAML integer, while the format (and its docs) accept a bare year wherever a
 * document's date may be partial ("năm 2024" with no month or day). Those fields take the year as the text
 * "2024" before the schema sees them; anywhere else an integer date stays a type error.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function yearAsText(holder: unknown): void {
  if (!isObj(holder)) return;
  const d = holder.date;
  if (typeof d === 'number' && Number.isInteger(d) && d >= 1000 && d <= 9999) holder.date = String(d);
}

/** The partial-date fields: document.date, revision.date, basis[].date. */
export function acceptBareYears(data: unknown): void {
  if (!isObj(data)) return;
  yearAsText(data.document);
  yearAsText(data.revision);
  if (Array.isArray(data.basis)) for (const b of data.basis) yearAsText(b);
}
