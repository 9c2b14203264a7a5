import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CchcError } from '../errors.js';
import type { Lang } from '../model/diagnostic.js';
import type { RollupReport } from '../model/rollup.js';
import type { CoverReport } from '../report/xlsx/report-head.js';
import { displayPath } from '../util/fs.js';
import { safeFileName } from '../util/safe-file-name.js';
import { splitWritten } from '../words/cli-notices.js';
import { cannotMakeFolder } from '../words/cli-refusals.js';
import type { CliIo } from './io.js';
import { refuseInput, writeOutput } from './shared-options.js';

/**
 * `rollup --split DIR`: one workbook per unit, each written atomically (a reader never sees half a file), named
 * from the unit's name made safe for every file system. The folder is created when missing; a file of the same
 * name is replaced, never an input.
 */
export async function writeSplit(
  r: RollupReport,
  dir: string,
  opts: CoverReport & { lang: Lang },
  io: CliIo,
): Promise<void> {
  const abs = path.resolve(io.cwd, dir);
  try {
    await mkdir(abs, { recursive: true });
  } catch (e) {
    throw new CchcError(
      'output-write',
      cannotMakeFolder(displayPath(dir, io.cwd), (e as Error).message).message,
    );
  }
  const { renderUnitWorkbook } = await import('../report/rollup/unit-workbook.js');
  const taken = new Set<string>();
  const inputs = [r.plan.file, ...r.inputs.map((i) => i.file)];
  for (let i = 0; i < r.units.length; i++) {
    const file = path.join(dir, safeFileName(r.units[i]!.name, '.xlsx', taken));
    refuseInput(file, inputs, io.cwd);
    await writeOutput(file, await renderUnitWorkbook(r, i, opts), io);
  }
  io.stderr(`${splitWritten(r.units.length, displayPath(dir, io.cwd))[opts.lang]}\n`);
}
