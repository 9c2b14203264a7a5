/** Types of bin/load-bundle.js (plain JavaScript: it loads the bundle, so it cannot be part of it). */
export function loadBundle(
  url: URL,
  argv: string[],
  env: Record<string, string | undefined>,
): { exports: { main: () => Promise<void> }; saveCodeCache: () => void };
export function cacheRoot(
  env: Record<string, string | undefined>,
  platform?: NodeJS.Platform,
  home?: string,
): string | undefined;
