// Child process of bench/golden/run.mjs: runs runlens's CSV comparator (the tsc build in
// bench/.work/lib) on one pair and prints what it found, its times and its peak RSS as JSON.
// Usage: node compare.mjs LIB_DIR EXPECTED ACTUAL ABS
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [lib, expected, actual, abs] = process.argv.slice(2);
const { compareCsv } = await import(pathToFileURL(join(lib, 'checks/golden/formats/csv.js')).href);
const { caseSchema } = await import(pathToFileURL(join(lib, 'checks/golden/options.js')).href);
const { resolveTolerance } = await import(pathToFileURL(join(lib, 'checks/golden/tolerance.js')).href);

const options = caseSchema.parse({ actual, expected, tolerance: { abs: Number(abs), rel: 0 } });
const levels = [options.tolerance];
const input = {
  format: 'csv',
  files: { expected, actual, expectedLabel: expected, actualLabel: actual },
  options,
  levels,
  tolerance: resolveTolerance(levels, true),
  keep: 100,
  signal: new AbortController().signal,
  workspace: process.cwd(),
};
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const r = await compareCsv(input);
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssKB: process.resourceUsage().maxRSS,
    differences: r.differences,
    compared: r.compared,
    found: r.worst.map((d) => ({ line: d.line, expected: d.expected, actual: d.actual })),
  }),
);
