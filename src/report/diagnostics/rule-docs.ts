import { VERSION } from '../../version.js';

/**
 * Where a code is explained, for SARIF `helpUri` and `informationUri`. SARIF wants absolute URIs and the
 * project has no public repository yet, so the links point at the published package: the registry page for
 * the tool, and the docs/ folder the package ships (served per version by the npm CDN) for each code. Change
 * DOCS_BASE here, in one place, once a repository hosts the docs.
 */
export const INFORMATION_URI = 'https://www.npmjs.com/package/cchc';
export const DOCS_BASE = `https://unpkg.com/cchc@${VERSION}/docs/`;

/** Codes explained outside the plan-format table; everything else is a plan diagnostic. */
const SECTIONS: [RegExp, string][] = [
  [/^(target|task)-/, 'check.md#statuses'],
  [/^check-/, 'check.md#several-reporting-units'],
  [/^data-/, 'data.md#diagnostic-codes'],
];

/** The docs section that explains a diagnostic code. */
export function helpUri(code: string): string {
  const hit = SECTIONS.find(([re]) => re.test(code));
  return `${DOCS_BASE}${hit ? hit[1] : 'plan-format.md#diagnostic-codes'}`;
}
