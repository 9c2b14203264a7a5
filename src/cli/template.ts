import type { Register } from './main.js';

/** `cchc template` — wiring only; the work is done by the modules it calls. */
export const registerTemplate: Register = (program, _io, done) => {
  program
    .command('template')
    .description('(not yet implemented)')
    .action(() => {
      done(2);
    });
};
