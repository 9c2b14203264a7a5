// Shared by the benchmarks: child-process timing with peak memory, medians, ratios and the load warning.
// Every figure is a ratio to a floor measured in the same run, the commands taking turns run by run, so load
// from elsewhere on a shared machine hits the command and its floor alike.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const peakHook = path.join(root, 'bench/peak.js');

export function requireBuild() {
  if (!existsSync(path.join(root, 'dist/cli/entry.js'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(2);
  }
}

export const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
export const flag = (name) => process.argv.includes(name);

/**
 * Run `node ...args` once: wall time (ms), CPU time (ms, user + system) and peak RSS (MB), the last two written
 * by bench/peak.js from inside the child, so they are the child's own. Exit codes 0 and 1 (findings) count as success.
 */
export function runNode(args, { nodeFlags = [], input, env = {} } = {}) {
  const peakFile = path.join(
    os.tmpdir(),
    `cchc-bench-peak-${process.pid}-${Math.random().toString(36).slice(2)}`,
  );
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...nodeFlags, '--import', peakHook, ...args], {
    cwd: root,
    stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'],
    // Without the plan cache unless a case asks for it (bench/startup.js measures both).
    env: { ...process.env, NO_COLOR: '1', CCHC_NO_CACHE: '1', ...env, CCHC_BENCH_PEAK: peakFile },
    maxBuffer: 64 * 2 ** 20,
    ...(input ? { input } : {}),
  });
  const ms = performance.now() - t0;
  // Exit 1 is cchc's "findings" code, but an uncaught exception exits 1 too: a stack trace is a failure.
  if ((r.status !== 0 && r.status !== 1) || /^\s+at .+:\d+:\d+\)?$/m.test(String(r.stderr)))
    throw new Error(`node ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
  let peakMB = Number.NaN;
  let cpuMs = Number.NaN;
  if (existsSync(peakFile)) {
    const [rss, cpu] = readFileSync(peakFile, 'utf8').split(' ').map(Number);
    peakMB = rss / 1024;
    cpuMs = cpu / 1000;
    rmSync(peakFile);
  }
  return { ms, cpuMs, peakMB };
}

/** Each case once to warm the file cache, then `runs` rounds in which every case runs once, in turn. */
export function alternate(cases, runs) {
  for (const c of cases) runNode(c.args, c);
  const got = cases.map(() => []);
  for (let i = 0; i < runs; i++) for (const [k, c] of cases.entries()) got[k].push(runNode(c.args, c));
  return got.map((list) => ({
    ms: median(list.map((x) => x.ms)),
    min: Math.min(...list.map((x) => x.ms)),
    cpuMs: median(list.map((x) => x.cpuMs)),
    peakMB: median(list.map((x) => x.peakMB)),
  }));
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const cores = () => os.availableParallelism?.() ?? os.cpus().length;

/** Cores and load average, with a warning when other work makes the figures unreliable. */
export function machineLine(when = 'before the runs') {
  const load = os.loadavg();
  const n = cores();
  let line = `Node ${process.version}, ${n} cores; load average ${when}: ${load.map((l) => l.toFixed(2)).join(', ')}`;
  if (load[0] > n * 0.5)
    line += `\nWarning: load ${load[0].toFixed(1)} on ${n} cores — other work is running; absolute times are inflated and ratios less reliable (they still compare runs made in turn).`;
  return line;
}

export const fmtRatio = (r) => `${r.toFixed(2)}×`;
export const fmtMs = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
export const fmtMB = (mb) => (Number.isFinite(mb) ? `${Math.round(mb)} MB` : '—');
export const verdict = (ok) => (ok ? 'met' : 'NOT met');
