/** "30/09/2026": dates read the way Vietnamese documents write them, in both languages (dd/mm/yyyy). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
