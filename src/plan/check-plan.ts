import type { Diagnostic } from '../model/diagnostic.js';
import type { CheckContext, PlanCheck } from './check-context.js';
import { checkCalendarDates, checkDeadlines } from './check-dates.js';
import { checkOverUnits } from './check-over-units.js';
import { checkOwners } from './check-owners.js';
import { checkParentChains, checkReferences, checkUniqueIds } from './check-references.js';
import { checkTargetValues } from './check-targets.js';
import { checkUnusedUnits } from './check-unused-units.js';
import { checkScoreIndicators, checkV2Targets } from './check-v2-targets.js';
import { checkWeakerLaterTargets } from './check-weaker-targets.js';

/** The semantic checks, in the order their findings are listed. Each is a small pure function. */
export const PLAN_CHECKS: readonly PlanCheck[] = [
  checkUniqueIds,
  checkReferences,
  checkParentChains,
  checkCalendarDates,
  checkDeadlines,
  checkOwners,
  checkTargetValues,
  checkScoreIndicators,
  checkV2Targets,
  checkWeakerLaterTargets,
  checkOverUnits,
  checkUnusedUnits,
];

/** Run every semantic check on a schema-valid plan; findings sorted by position in the file. */
export function checkPlan(ctx: CheckContext): Diagnostic[] {
  return PLAN_CHECKS.flatMap((check) => check(ctx)).sort(
    (a, b) =>
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}
