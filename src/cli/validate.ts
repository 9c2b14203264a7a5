import type { Register } from './main.js';

/** `cchc validate` — wiring only; the work is done by the modules it calls. */
export const registerValidate: Register = (program, _io, done) => {
  program
    .command('validate')
    .description('(not yet implemented)')
    .action(() => {
      done(2);
    });
};
