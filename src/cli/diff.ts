import type { Register } from './main.js';

/** `cchc diff` — wiring only; the work is done by the modules it calls. */
export const registerDiff: Register = (program, _io, done) => {
  program
    .command('diff')
    .description('(not yet implemented)')
    .action(() => {
      done(2);
    });
};
