import { createRequire } from 'node:module';

/** Set by scripts/bundle.mjs when the CLI is bundled (the bundle sits elsewhere in dist/ than this module). */
declare const __CCHC_VERSION__: string | undefined;
declare const __CCHC_BUILD__: string | undefined;

// package.json is the one place the version lives: read at run time by the compiled and source modules, and
// copied into the bundle when it is built, so builds never disagree.
export const VERSION: string =
  typeof __CCHC_VERSION__ === 'string'
    ? __CCHC_VERSION__
    : (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/**
 * The bundle's build: a digest of the sources, lock file and schemas it was built from (scripts/bundle.mjs), so a
 * plan cached by one build is never read by another. Undefined when not bundled (tests, dist/cli): no plan cache.
 */
export const BUILD_ID: string | undefined = typeof __CCHC_BUILD__ === 'string' ? __CCHC_BUILD__ : undefined;
