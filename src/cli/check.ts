import type { Register } from './main.js';

/** `cchc check` — wiring only; the work is done by the modules it calls. */
export const registerCheck: Register = (program, _io, done) => {
  program
    .command('check')
    .description('(not yet implemented)')
    .action(() => {
      done(2);
    });
};
