// Redaction of streamed step output (issue 9, item 2): what each relayed line costs.
// (a) in-process: 1M log lines through the engine's redactor, as a step log line goes through it;
// (b) end to end: a step printing 1M lines, run by the CLI, vs the same command writing to /dev/null.
// `node bench/redact/run.mjs [libDir]` (default lib/, compiled by bench/run.mjs) — pass an older build
// (tsc --outDir bench/.work/lib-before) to compare before/after.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..', '..');
const lib = path.resolve(process.argv[2] ?? path.join(root, 'lib'));
const N = 1_000_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A chatty test runner's output: mostly plain lines, a few mentioning tokens or keys (prefilter hits),
// no secrets. Built once, so generation is not measured.
const lines = Array.from({ length: N }, (_, i) =>
  i % 100 === 0
    ? `  ✓ refreshes the access token after expiry (${i % 97} ms)`
    : i % 37 === 0
      ? `[worker ${i % 8}] GET /api/v1/items?page=${i} 200 OK — 12.4 ms`
      : `PASS src/module-${i % 500}/feature.test.ts > case ${i}: renders the ${i % 3 ? 'list' : 'table'} view`,
);

const redactorModule = await import(pathToFileURL(path.join(lib, 'engine', 'redactor.js')).href);
// Before issue 9 the redactor knew only exact values; since, createRedactor adds the secret rules.
const redactor = redactorModule.createRedactor ? await redactorModule.createRedactor() : new redactorModule.Redactor();
// Three values masked earlier in the run (the secrets step found them).
for (const v of ['ghp_R7kq2Lm9Xv4Tz8Np3Bw6Yc1Hd5Fj0Gs2Qa7E', 'AKIA2E3RTYQWMNBVCXZL', 'h7Gk2pQ9wZr4Lx8s']) redactor.add(v);
const stream = typeof redactor.lines === 'function' ? redactor.lines() : { line: (l) => redactor.redact(l) };
const pass = () => {
  const t0 = process.hrtime.bigint();
  let n = 0;
  for (const l of lines) n += stream.line(l).length;
  if (n === 0) throw new Error('nothing redacted');
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
pass();
const inProcess = median([pass(), pass(), pass()]);
console.log(
  `(a) ${N.toLocaleString('en-US')} lines through the redactor: ${inProcess.toFixed(0)} ms · ${((inProcess * 1e6) / N).toFixed(0)} ns/line`,
);

// (b) end to end.
const ws = mkdtempSync(path.join(os.tmpdir(), 'runlens-bench-redact-'));
const gen = `node -e 'let s="";for(let i=0;i<${N};i++){s+="PASS src/module-"+(i%500)+"/feature.test.ts > case "+i+": renders the list view\\n";if(s.length>65536){process.stdout.write(s);s=""}}process.stdout.write(s)'`;
writeFileSync(path.join(ws, 'runlens.yml'), `version: 1\nlog-order: stream\nsteps:\n  chatty: { run: ${JSON.stringify(gen)} }\n`);
const time = (cmd, args, opts) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: 'ignore', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const bare = median([0, 1, 2].map(() => time('bash', ['-c', `${gen} > /dev/null`], { cwd: ws })));
const env = { ...process.env, CI: '', OTEL_TRACES_EXPORTER: 'none' };
const viaRunlens = median([0, 1, 2].map(() => time(process.execPath, [path.join(lib, 'cli.js'), 'run'], { cwd: ws, env })));
console.log(
  `(b) a step printing ${N.toLocaleString('en-US')} lines: runlens ${viaRunlens.toFixed(0)} ms · the command alone ${bare.toFixed(0)} ms · ` +
    `ratio ${(viaRunlens / bare).toFixed(2)}× · ${(((viaRunlens - bare) * 1e6) / N).toFixed(0)} ns/line beyond the command`,
);
rmSync(ws, { recursive: true, force: true });
