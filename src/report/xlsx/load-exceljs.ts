/** The exceljs module, loaded on demand: it costs about a third of a second, so only Excel paths pay for it. */
export type ExcelJs = typeof import('exceljs');

export async function loadExcelJs(): Promise<ExcelJs> {
  const mod = await import('exceljs');
  // exceljs is CommonJS: under Node's ESM loader everything sits on `default`; bundlers may flatten it.
  return (mod as unknown as { default?: ExcelJs }).default ?? mod;
}
