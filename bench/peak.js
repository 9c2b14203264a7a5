// Loaded with `node --import bench/peak.js …` by the benchmarks: writes the process's peak RSS (KB) and its CPU
// time (user + system, µs) to the file named by CCHC_BENCH_PEAK as it exits. Measured from inside, so they are this
// process's own figures: CPU time counts what the process did, not how long it waited for the 2 shared cores.
import { writeFileSync } from 'node:fs';

const file = process.env.CCHC_BENCH_PEAK;
if (file)
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}`);
  });
