import type { Register } from './main.js';

/** `cchc report` — wiring only; the work is done by the modules it calls. */
export const registerReport: Register = (program, _io, done) => {
  program
    .command('report')
    .description('(not yet implemented)')
    .action(() => {
      done(2);
    });
};
