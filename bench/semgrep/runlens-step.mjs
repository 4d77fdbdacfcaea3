// One runlens `semgrep` step as its own process (so its wall time compares with `semgrep scan` run
// directly, Node's start-up included): `node bench/semgrep/runlens-step.mjs <dir> <rules> <target>` runs
// the check from the compiled lib/ with the engine's real exec, and prints {ms, execMs, status, error, findings}.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const t0 = performance.now();
const [dir, rules, target] = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, '..', '..');
const lib = (p) => pathToFileURL(path.join(root, 'lib', p)).href;
const { semgrepCheck } = await import(lib('checks/semgrep/check.js'));
const { semgrepOptions } = await import(lib('checks/semgrep/options.js'));
const { createExec } = await import(lib('engine/exec.js'));

const cwd = path.resolve(dir);
const signal = new AbortController().signal;
const logs = [];
const log = (l) => logs.push(l);
const exec = createExec({
  shell: 'bash',
  cwd,
  env: process.env,
  killGraceMs: 2000,
  signal,
  line: log,
  note: log,
  requires: semgrepCheck.requires,
});
// Time spent waiting for semgrep (and git): the rest of this process is what runlens adds.
let execMs = 0;
const outcome = await semgrepCheck.run({
  stepId: 'semgrep',
  cwd,
  workspace: cwd,
  outputDir: path.join(cwd, '.runlens'),
  options: semgrepOptions.parse({ config: path.resolve(rules), paths: target }),
  platform: { kind: 'local' },
  env: process.env,
  signal,
  log,
  mask: () => undefined,
  where: (p) => `with.${p.join('.')}`,
  phase: (_n, fn) => fn(),
  exec: async (command, options) => {
    const e0 = performance.now();
    try {
      return await exec(command, options);
    } finally {
      execMs += performance.now() - e0;
    }
  },
});
process.stdout.write(
  JSON.stringify({
    ms: performance.now() - t0,
    execMs,
    status: outcome.status ?? 'passed',
    error: outcome.error,
    findings: outcome.findings.length,
    version: outcome.tools?.[0]?.version,
  }),
);
