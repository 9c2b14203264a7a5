import { DATA_COLUMN_CODES } from './data-codes-columns.js';
import { DATA_FILE_CODES } from './data-codes-files.js';
import { DATA_INPUT_CODES } from './data-codes-inputs.js';
import { DATA_NAME_CODES } from './data-codes-names.js';
import { DATA_ROW_CODES } from './data-codes-rows.js';
import { DATA_VALUE_CODES } from './data-codes-values.js';
import type { CatalogEntry } from './entry.js';

/**
 * Every code the data readers emit, in the order docs/diagnostics.md lists them. Part of the public contract:
 * never rename one. A new data rule adds its entry here (title, when, severity; templates if its message is
 * built from data) and runs `npm run gen:diagnostics-doc`.
 */
export const DATA_CODES_CATALOG = {
  ...DATA_INPUT_CODES,
  ...DATA_FILE_CODES,
  ...DATA_ROW_CODES,
  ...DATA_COLUMN_CODES,
  ...DATA_VALUE_CODES,
  ...DATA_NAME_CODES,
} as const satisfies Record<string, CatalogEntry>;
