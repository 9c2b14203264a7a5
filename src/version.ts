import { createRequire } from 'node:module';

// package.json is the one place the version lives; read it at run time so builds never disagree.
const require = createRequire(import.meta.url);
export const VERSION: string = (require('../package.json') as { version: string }).version;
