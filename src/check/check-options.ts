import type { Convention } from '../model/period.js';
import type { ProgressMethod } from '../model/plan.js';

/** What a `check` (or `report`) run is asked to do; the CLI maps argv to this, tests build it directly. */
export interface CheckOptions {
  /** Plan YAML file, as typed (relative to cwd). */
  plan: string;
  /** Data files and folders, as typed (`file.xlsx#Sheet` allowed). */
  data: string[];
  /** ISO date to evaluate at (also accepted: dd/mm/yyyy). Exclusive with `period`. */
  asOf?: string;
  /** A reporting period ("Quý III/2026"): as-of becomes its last day and it becomes the report period. */
  period?: string;
  /** Keep only targets and tasks led by this unit id. */
  owner?: string;
  /** Keep only targets of this phase id (and tasks due in it or recurring). */
  phase?: string;
  /** Keep only targets and tasks of this area id. */
  area?: string;
  /** Keep only this reporting unit of the data (`Đơn vị` column). */
  unit?: string;
  /** Default progress method where the plan chooses none. */
  method?: ProgressMethod;
  /** Tolerance below the expected path, in the indicator's unit (percentage points for percentages). */
  tolerance?: number;
  /** Override the plan's reporting convention. */
  convention?: Convention;
}
