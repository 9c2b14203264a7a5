import { VERSION } from '../../version.js';
import { isDiagnosticCode, stageOf } from '../../words/diagnostics/catalog.js';

/**
 * Where a code is explained, for SARIF `helpUri` and `informationUri`. SARIF wants absolute URIs and the
 * project has no public repository yet, so the links point at the published package: the registry page for
 * the tool, and the docs/ folder the package ships (served per version by the npm CDN) for each code. Change
 * DOCS_BASE here, in one place, once a repository hosts the docs.
 */
export const INFORMATION_URI = 'https://www.npmjs.com/package/cchc';
export const DOCS_BASE = `https://unpkg.com/cchc@${VERSION}/docs/`;

/**
 * The docs section that explains a diagnostic code: the statuses for CI findings about targets and tasks,
 * otherwise the code's table in docs/diagnostics.md (generated from the catalog).
 */
export function helpUri(code: string): string {
  if (/^(target|task)-/.test(code)) return `${DOCS_BASE}check.md#statuses`;
  const stage = isDiagnosticCode(code) ? stageOf(code) : 'plan';
  return `${DOCS_BASE}diagnostics.md#${stage}-codes`;
}
