// Loaded with `node --import bench/peak.js …` by the benchmarks: writes the process's peak RSS (KB) to the file
// named by CCHC_BENCH_PEAK as it exits. Measured from inside, so it is this process's high-water mark alone.
import { writeFileSync } from 'node:fs';

const file = process.env.CCHC_BENCH_PEAK;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
