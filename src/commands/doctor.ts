// `runlens doctor`: is this machine ready to run the pipeline? Each check says what to do when it fails.
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { MIN_NODE, unsupportedNode } from '../base/node-version.js';
import { loadConfig } from '../config/load.js';
import { buildPlan } from '../engine/plan.js';
import type { Requirement } from '../checks/check.js';
import { allChecks } from '../checks/registry.js';
import type { Config } from '../config/schema.js';

const run = promisify(execFile);

export interface DoctorCheck {
  name: string;
  ok: boolean;
  /** Informational checks (optional scanners) never fail the doctor. */
  required: boolean;
  detail: string;
}

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
  const nodeOk = unsupportedNode() === undefined;
  checks.push({
    name: 'node',
    ok: nodeOk,
    required: true,
    detail: nodeOk
      ? `v${process.versions.node}`
      : `v${process.versions.node}: runlens needs Node ≥ ${MIN_NODE.major}.${MIN_NODE.minor} — install Node 24`,
  });

  const git = await version('git', ['--version'], opts.workspace);
  checks.push({
    name: 'git',
    ok: git !== undefined,
    required: true,
    detail: git ?? 'not found on PATH — install git (history scans and change detection need it)',
  });

  let outputDir = path.resolve(opts.workspace, '.runlens');
  let steps: Array<{ kind: string; options?: unknown }> = [];
  let config: Config | undefined;
  try {
    const loaded = await loadConfig({ cwd: opts.workspace, configPath: opts.configPath, env: opts.env });
    const plan = buildPlan(loaded.config, { locate: loaded.locate, workspace: opts.workspace });
    outputDir = path.resolve(opts.workspace, loaded.config['output-dir']);
    steps = plan.steps;
    config = loaded.config;
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

  // The programs each registered check runs: required when the pipeline has a step of that kind.
  const programs = new Map<string, { requirement: Requirement; kinds: string[]; required: boolean }>();
  for (const check of allChecks()) {
    for (const r of check.requires) {
      const entry = programs.get(r.program) ?? { requirement: r, kinds: [], required: false };
      entry.kinds.push(check.kind);
      entry.required ||= steps.some((s) => s.kind === check.kind && (r.neededBy?.(s.options) ?? true));
      programs.set(r.program, entry);
    }
  }
  for (const [program, { requirement, kinds, required }] of programs) {
    const v = await version(program, requirement.versionArgs, opts.workspace);
    const forWhat = `for uses: ${kinds.join(', ')}`;
    checks.push({
      name: program,
      ok: v !== undefined,
      required,
      detail: v ? `${v} (${forWhat})` : `not installed${required ? '' : ' (optional)'} ${forWhat} — ${requirement.install}`,
    });
  }
  if (config) checks.push(...(await secretStores(config, opts.env, opts.workspace)));
  return checks;
}

/** Each secret store the config's references use: reachable, and do we get in? No value is read. */
async function secretStores(config: Config, env: Record<string, string | undefined>, workspace: string): Promise<DoctorCheck[]> {
  const requests = Object.entries(config.secrets).map(([name, s]) => ({ name, ref: s.ref }));
  if (requests.length === 0) return [];
  const { probeStores } = await import('../secret-stores/fetch.js');
  const timeoutMs = config['secret-stores'].timeout;
  const reports = await probeStores(requests, {
    settings: config['secret-stores'],
    env,
    signal: new AbortController().signal,
    timeoutMs,
    phaseMs: 3 * timeoutMs,
    workspace,
  });
  return reports.map((r) => ({ name: `secret store ${r.scheme}`, ok: r.ok, required: true, detail: `${r.title}: ${r.detail}` }));
}
