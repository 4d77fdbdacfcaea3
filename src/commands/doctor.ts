// `runlens doctor`: is this machine ready to run the pipeline? Each check says what to do when it fails.
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../config/load.js';
import { buildPlan } from '../engine/plan.js';

const run = promisify(execFile);

export interface DoctorCheck {
  name: string;
  ok: boolean;
  /** Informational checks (optional scanners) never fail the doctor. */
  required: boolean;
  detail: string;
}

const MIN_NODE = [22, 15] as const;

/** Scanners runlens can drive or ingest, and how to get each. */
const SCANNERS: Array<{ bin: string; args: string[]; install: string }> = [
  { bin: 'semgrep', args: ['--version'], install: 'pip install semgrep' },
  { bin: 'gitleaks', args: ['version'], install: 'go install github.com/zricethezav/gitleaks/v8@latest' },
  { bin: 'osv-scanner', args: ['--version'], install: 'go install github.com/google/osv-scanner/v2/cmd/osv-scanner@latest' },
  { bin: 'bandit', args: ['--version'], install: 'pip install bandit' },
  { bin: 'numdiff', args: ['--version'], install: 'apt-get install numdiff' },
];

async function version(bin: string, args: string[], cwd: string): Promise<string | undefined> {
  try {
    const { stdout, stderr } = await run(bin, args, { cwd, timeout: 15_000 });
    return (
      (stdout || stderr)
        .split('\n')
        .find((l) => l.trim())
        ?.trim() ?? 'installed'
    );
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : 'installed (version unknown)';
  }
}

export async function doctor(opts: {
  workspace: string;
  configPath?: string;
  env: Record<string, string | undefined>;
}): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const nodeOk = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  checks.push({
    name: 'node',
    ok: nodeOk,
    required: true,
    detail: nodeOk
      ? `v${process.versions.node}`
      : `v${process.versions.node}: runlens needs Node ≥ ${MIN_NODE.join('.')} — install Node 24`,
  });

  const git = await version('git', ['--version'], opts.workspace);
  checks.push({
    name: 'git',
    ok: git !== undefined,
    required: true,
    detail: git ?? 'not found on PATH — install git (history scans and change detection need it)',
  });

  let outputDir = path.resolve(opts.workspace, '.runlens');
  try {
    const loaded = await loadConfig({ cwd: opts.workspace, configPath: opts.configPath, env: opts.env });
    const plan = buildPlan(loaded.config, { locate: loaded.locate, workspace: opts.workspace });
    outputDir = path.resolve(opts.workspace, loaded.config['output-dir']);
    checks.push({
      name: 'config',
      ok: true,
      required: true,
      detail: `${loaded.path ? path.relative(opts.workspace, loaded.path) : 'default pipeline'}: ${plan.steps.length} steps in ${plan.levels.length} levels`,
    });
  } catch (err) {
    checks.push({ name: 'config', ok: false, required: true, detail: (err as Error).message });
  }

  try {
    await mkdir(outputDir, { recursive: true });
    const probe = path.join(outputDir, `.doctor-${process.pid}`);
    await writeFile(probe, 'ok');
    await rm(probe);
    checks.push({ name: 'output dir', ok: true, required: true, detail: `${path.relative(opts.workspace, outputDir) || '.'} is writable` });
  } catch (err) {
    checks.push({
      name: 'output dir',
      ok: false,
      required: true,
      detail: `${outputDir}: ${(err as Error).message} — choose another --output-dir`,
    });
  }

  for (const s of SCANNERS) {
    const v = await version(s.bin, s.args, opts.workspace);
    checks.push({ name: s.bin, ok: v !== undefined, required: false, detail: v ?? `not installed (optional) — ${s.install}` });
  }
  return checks;
}
