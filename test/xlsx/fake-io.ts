import type { CliIo } from '../../src/cli/io.js';

/** An in-process io: captured streams, a fixed clock (2026-09-20 in Việt Nam), no colour. */
export function fakeIo(cwd: string): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    cwd,
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    now: new Date('2026-09-20T03:00:00Z'),
    env: {},
    stdoutIsTTY: false,
    out: () => out,
    err: () => err,
  };
}
