import type { CatalogEntry } from './entry.js';
import { PLAN_DATE_CODES } from './plan-codes-dates.js';
import { PLAN_FILE_CODES } from './plan-codes-file.js';
import { PLAN_OVER_UNITS_CODES } from './plan-codes-over-units.js';
import { PLAN_REFERENCE_CODES } from './plan-codes-references.js';
import { PLAN_TARGET_CODES } from './plan-codes-targets.js';
import { PLAN_UNIT_CODES } from './plan-codes-units.js';
import { PLAN_V2_CODES } from './plan-codes-v2.js';

/**
 * Every code the plan loader and its checks emit, in the order docs/diagnostics.md lists them (one file per
 * topic, each with its message templates). Never rename one.
 */
export const PLAN_CODES = {
  ...PLAN_FILE_CODES,
  ...PLAN_REFERENCE_CODES,
  ...PLAN_DATE_CODES,
  ...PLAN_TARGET_CODES,
  ...PLAN_UNIT_CODES,
  ...PLAN_V2_CODES,
  ...PLAN_OVER_UNITS_CODES,
} as const satisfies Record<string, CatalogEntry>;
