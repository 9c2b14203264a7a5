// Validation time against the number of targets: a plan with 1k, 10k and 50k targets (run after
// `npm run build`; `--quick` stops at 10k). What matters is the ratio: time per target must stay flat as
// the plan grows (linear), whatever the machine. Comparing every pair of targets once made 10k take 18 s.
// Plans are generated into bench/out/ from the shipped plan: each extra target is a ">=" target of a
// shipped indicator with its own id, phases alternating so that weaker-later checks have work to do.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'bench/out');

function makePlan(n) {
  const file = path.join(out, `plan-${n}-targets.yaml`);
  const text = readFileSync(path.join(root, 'plans/phu-trung-2026-2030.yaml'), 'utf8');
  const at = text.indexOf('targets:\n') + 'targets:\n'.length;
  const parts = [];
  for (let k = 0; k < n; k++) {
    parts.push(`  - id: ket-qua-dien-tu-${k}
    title: Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử (chỉ tiêu sinh ra số ${k}).
    indicator: ket-qua-dien-tu
    comparator: ">="
    value: ${50 + ((k * 37) % 51)}
    phase: ${k % 2 ? 'gd-2028-2030' : 'gd-2026-2027'}
    area: thu-tuc-hanh-chinh
    owner: ttphvhcc
    partners: [cac-don-vi]
`);
  }
  writeFileSync(file, text.slice(0, at) + parts.join('') + text.slice(at));
  return file;
}

async function child(file) {
  const { parsePlan } = await import(pathToFileURL(path.join(root, 'dist/plan/load-plan.js')).href);
  const text = readFileSync(file, 'utf8');
  const t0 = process.hrtime.bigint();
  const r = parsePlan(text, 'plan.yaml');
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(JSON.stringify({ ms, diagnostics: r.diagnostics.length, ok: r.plan !== null }));
}

if (process.argv[2] === '--child') await child(process.argv[3]);
else {
  mkdirSync(out, { recursive: true });
  const sizes = process.argv.includes('--quick') ? [1000, 10000] : [1000, 10000, 50000];
  const rows = [];
  for (const n of sizes) {
    const file = makePlan(n);
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file], {
      encoding: 'utf8',
    });
    if (r.status !== 0) {
      console.error(r.stderr);
      process.exit(1);
    }
    rows.push({ n, ...JSON.parse(r.stdout) });
  }
  const per = (r) => r.ms / r.n;
  console.log('targets   parsePlan ms   µs/target   vs 1k   warnings');
  for (const r of rows) {
    console.log(
      `${String(r.n).padStart(7)}   ${r.ms.toFixed(0).padStart(12)}   ${(per(r) * 1000).toFixed(0).padStart(9)}   ${(per(r) / per(rows[0])).toFixed(2).padStart(5)}×   ${r.diagnostics}`,
    );
  }
  // Linear means the time per target does not grow with the plan; 2× leaves room for GC and a busy machine.
  const worst = Math.max(...rows.map((r) => per(r) / per(rows[0])));
  console.log(
    worst <= 2
      ? `linear: time per target within ${worst.toFixed(2)}× of 1k`
      : `NOT LINEAR: ${worst.toFixed(2)}× the time per target of 1k`,
  );
  process.exitCode = worst <= 2 ? 0 : 1;
}
