// Runs a preset or a custom tool through ctx.exec (argv, no shell, unless a custom `run` is a string),
// judges its exit code, and reads its report into findings. A tool that finds problems has done its
// job (most exit 1 then); one that crashes, times out or writes no readable report has not.
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { InputError, RunlensError } from '../../base/errors.js';
import { findingsFromText, readProblemMatchers } from '../../ingest/problem-matcher.js';
import { readSarif } from '../../ingest/sarif.js';
import { toPosix, toRepoPath } from '../../base/repo-path.js';
import type { Finding } from '../../model/finding.js';
import type { ToolRun } from '../../model/result.js';
import type { CheckContext, ExecResult, StepOutcome } from '../check.js';
import type { ToolOptions } from './options.js';
import { PRESETS } from './presets/index.js';
import { firstVersion, type ParseInput, type Preset, type PresetInput } from './preset.js';

type Ctx = CheckContext<ToolOptions>;

/** An option names something that is not there. */
class StepOptionError extends RunlensError {
  override name = 'StepOptionError';
}

/** Files given to one run of a tool that takes files (argv stays far below the system's limit). */
const FILES_PER_RUN = 500;

/** Stderr lines kept for the log and for a failure's reason. */
const MAX_STDERR_LINES = 200;

export async function runTool(ctx: Ctx): Promise<StepOutcome> {
  const { preset } = ctx.options;
  return preset ? runPreset(ctx, PRESETS[preset]) : runCustom(ctx);
}

async function runPreset(ctx: Ctx, preset: Preset): Promise<StepOutcome> {
  const program = preset.requires.program;
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'runlens-tool-'));
  try {
    // Asked alongside the scan: the version goes on every finding and on the SARIF run.
    const versionRun = settle(toolVersion(ctx, [program, ...preset.requires.versionArgs], preset.version));
    const invocations = await plan(ctx, preset, tmp);
    const findings: Finding[] = [];
    let reportedVersion: string | undefined;
    let version: string | undefined;
    if (invocations.length === 0) {
      ctx.log(`${preset.tool.name}: no files to check under ${ctx.options.paths.join(', ')}`);
      version = unwrap(await versionRun);
    }
    for (const inv of invocations) {
      const result = await ctx.phase(
        preset.name,
        // Both streams are held until the report is parsed: parsing masks the secrets a scanner found,
        // so nothing it printed reaches the log before they are hidden.
        () => ctx.exec(inv.argv, { cwd: inv.cwd, env: inv.env, stdout: 'capture', stderr: 'capture' }),
        { 'runlens.tool': preset.tool.name },
      );
      version ??= unwrap(await versionRun);
      // A tool whose report goes to a file may print progress: it is logged with stderr.
      const stderr = preset.output === 'file' ? lastLines(`${result.stdout}\n${result.stderr}`) : lastLines(result.stderr);
      const nothing = result.status === 'failed' && result.exitCode !== null ? preset.nothingToScan?.[result.exitCode] : undefined;
      if (nothing) {
        logLines(ctx, stderr);
        ctx.log(nothing);
        continue;
      }
      const failed = judge(preset.tool.name, result, preset.exitCodes, stderr);
      if (failed) {
        logLines(ctx, stderr);
        return { status: 'failed', error: failed, findings: [] };
      }
      const source = `${preset.tool.name} ${preset.output === 'stdout' ? 'output' : 'report'}`;
      const text = preset.output === 'stdout' ? result.stdout : await readReport(inv.reportFile, source);
      const input: ParseInput = {
        cwd: inv.cwd,
        workspace: ctx.workspace,
        stepId: ctx.stepId,
        source,
        ...(version ? { toolVersion: version } : {}),
        options: ctx.options,
        mask: ctx.mask,
      };
      try {
        // Parsing masks any secret the report holds, so it comes before anything is logged.
        let parsed;
        try {
          parsed = preset.parse(text, input);
        } catch (err) {
          // No readable report and a non-zero exit (tools that exit 1 for findings and errors alike): the exit says more.
          if (err instanceof InputError && result.exitCode !== 0 && text.trim() === '') {
            return { status: 'failed', error: judge(preset.tool.name, result, [], stderr)!, findings: [] };
          }
          throw err;
        }
        findings.push(...parsed.findings);
        reportedVersion ??= parsed.toolVersion;
        for (const note of parsed.notes ?? []) ctx.log(note);
      } finally {
        logLines(ctx, stderr);
      }
    }
    const finalVersion = reportedVersion ?? version;
    applySeverityOverrides(findings, ctx.options.severities);
    ctx.log(`${preset.tool.name}${finalVersion ? ` ${finalVersion}` : ''}: ${count(findings.length, 'finding')}`);
    const tool: ToolRun = {
      name: preset.tool.name,
      ...(finalVersion ? { version: finalVersion } : {}),
      informationUri: preset.tool.informationUri,
      category: preset.category,
    };
    return { findings, tools: [tool] };
  } finally {
    // The report may hold secrets (gitleaks): it never outlives the step.
    await rm(tmp, { recursive: true, force: true });
  }
}

interface Invocation {
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  reportFile: string;
}

/** The runs a preset needs for the step's paths. */
async function plan(ctx: Ctx, preset: Preset, tmp: string): Promise<Invocation[]> {
  const { options } = ctx;
  options.paths.forEach((p, i) => {
    if (!existsSync(path.resolve(ctx.cwd, p))) {
      const shown = toRepoPath(path.resolve(ctx.cwd, p), ctx.cwd, ctx.workspace);
      throw new StepOptionError(`${ctx.where(['paths', i])}: ${shown} does not exist (paths are relative to the step's working directory)`);
    }
  });
  let n = 0;
  const make = (cwd: string, paths: string[]): Invocation => {
    const reportFile = path.join(tmp, `report-${n++}`);
    const input: PresetInput = { cwd, paths, options, reportFile };
    return { argv: [...preset.argv(input), ...options.args, ...paths], cwd, env: preset.env?.(input) ?? {}, reportFile };
  };
  switch (preset.paths.kind) {
    case 'none':
      return [make(ctx.cwd, [])];
    case 'cwd':
      return options.paths.map((p) => make(path.resolve(ctx.cwd, p), []));
    case 'files': {
      const files = await expandFiles(ctx.cwd, options.paths, preset.paths.globs);
      if (files.length === 0) return [];
      if (preset.batch === 'each') return files.map((f) => make(ctx.cwd, [f]));
      // A big tree's file list would overflow the argument limit in one run.
      const runs: Invocation[] = [];
      for (let i = 0; i < files.length; i += FILES_PER_RUN) runs.push(make(ctx.cwd, files.slice(i, i + FILES_PER_RUN)));
      return runs;
    }
    case 'keep':
      return preset.batch === 'each' ? options.paths.map((p) => make(ctx.cwd, [p])) : [make(ctx.cwd, options.paths)];
  }
}

/** Files as given; directories expanded to the files under them matching `globs` (never node_modules or .git). */
async function expandFiles(cwd: string, paths: string[], globs: string[]): Promise<string[]> {
  const out = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    if (!statSync(abs).isDirectory()) {
      out.add(p);
      continue;
    }
    const found = await glob(globs, { cwd: abs, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true, dot: true });
    for (const f of found.sort()) out.add(toPosix(path.relative(cwd, path.join(abs, f))) || '.');
  }
  return [...out];
}

/** Why a run did not complete, or undefined when it did. */
function judge(name: string, result: ExecResult, exitCodes: readonly number[], stderr: string[]): string | undefined {
  if (result.status === 'timed-out' || result.status === 'cancelled') return `${name} ${result.error ?? result.status}`;
  if (result.exitCode !== null && exitCodes.includes(result.exitCode)) return undefined;
  const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${String(result.exitCode)}`;
  // Lines that say "error" say what went wrong; otherwise the first lines do (later ones are detail,
  // and a usage message is noise). The whole of it is in the log.
  const lines = stderr.map((l) => l.trim()).filter((l) => l !== '');
  const errors = lines.filter((l) => /\b(error|fatal|failed|exception|panic)\b/i.test(l) && !/^usage:/i.test(l));
  let tail = (errors.length > 0 ? errors.slice(0, 3) : lines.slice(0, 4)).join(' / ');
  if (tail.length > 400) tail = `${tail.slice(0, 399)}…`;
  const expected = exitCodes.length > 0 ? ` (a run that completes exits with ${exitCodes.join(' or ')})` : ' and wrote no report';
  return `${name} ${how}${tail ? `: ${tail}` : ''}${expected}`;
}

async function readReport(file: string, source: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new InputError(
      { file: source },
      'was not written: the tool exited without writing its report',
      'see the step log for what it printed',
    );
  }
}

type Settled<T> = { value: T } | { error: unknown };

/** A promise that never rejects (so it may wait unawaited), unwrapped later. */
function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

function unwrap<T>(s: Settled<T>): T {
  if ('error' in s) throw s.error;
  return s.value;
}

async function toolVersion(ctx: Ctx, argv: string[], parse: (out: string) => string | undefined): Promise<string | undefined> {
  const r = await ctx.exec(argv, { stdout: 'capture', stderr: 'capture', timeoutMs: 30_000 });
  return r.exitCode === 0 ? parse(`${r.stdout}\n${r.stderr}`) : undefined;
}

async function runCustom(ctx: Ctx): Promise<StepOutcome> {
  const o = ctx.options;
  const run = o.run!;
  const program = Array.isArray(run) ? run[0]! : (run.trim().split(/\s+/, 1)[0] ?? run);
  const name = o.name ?? path.basename(program);
  const matcherFile = o.matcher ? path.resolve(ctx.cwd, o.matcher) : undefined;
  if (matcherFile && !existsSync(matcherFile)) {
    throw new StepOptionError(
      `${ctx.where(['matcher'])}: the problem-matcher file ${toRepoPath(matcherFile, ctx.cwd, ctx.workspace)} does not exist`,
    );
  }
  const matchers = matcherFile ? await readProblemMatchers(matcherFile, toRepoPath(matcherFile, ctx.cwd, ctx.workspace)) : [];
  const toStdout = o.output === undefined;
  // A report left by an earlier run must not pass for this run's.
  if (!toStdout) await rm(path.resolve(ctx.cwd, o.output!), { force: true });
  const versionArgv = o['version-args'] ? [program, ...o['version-args']] : undefined;
  const [version, result] = await Promise.all([
    versionArgv ? toolVersion(ctx, versionArgv, firstVersion) : undefined,
    ctx.phase(name, () => ctx.exec(run, { stdout: o.format === 'sarif' && !toStdout ? 'log' : 'capture', stderr: 'capture' })),
  ]);
  const stderr = lastLines(result.stderr);
  const failed = judge(name, result, o['exit-codes'] ?? [0, 1], stderr);
  if (failed) {
    if (o.format === 'problem-matcher') logLines(ctx, lastLines(result.stdout));
    logLines(ctx, stderr);
    return { status: 'failed', error: failed, findings: [] };
  }
  if (o.format === 'problem-matcher') {
    // Problems are read from both streams (compilers write them to stderr); each is logged as it was.
    logLines(ctx, result.stdout.split('\n'));
    logLines(ctx, result.stderr.split('\n'));
    const owners = o.name ? [o.name] : matchers.map((m) => m.owner);
    const findings = findingsFromText(`${result.stdout}\n${result.stderr}`, matchers, {
      cwd: ctx.cwd,
      workspace: ctx.workspace,
      stepId: ctx.stepId,
      category: o.category ?? 'quality',
      ...(o.name ? { tool: o.name } : {}),
      ...(version ? { toolVersion: version } : {}),
      severities: o.severities,
    });
    ctx.log(`${name}: ${count(findings.length, 'problem')} matched`);
    return {
      findings,
      tools: owners.map((owner) => ({ name: owner, ...(version ? { version } : {}), category: o.category ?? 'quality' })),
    };
  }
  logLines(ctx, stderr);
  const file = toStdout ? `${name} output` : toRepoPath(path.resolve(ctx.cwd, o.output!), ctx.cwd, ctx.workspace);
  const text = toStdout ? result.stdout : await readReport(path.resolve(ctx.cwd, o.output!), file);
  if (text.trim() === '') throw new InputError({ file }, 'is empty: the tool wrote no SARIF', 'see the step log for what it printed');
  const read = readSarif(text, toStdout ? file : path.resolve(ctx.cwd, o.output!), {
    cwd: ctx.cwd,
    workspace: ctx.workspace,
    stepId: ctx.stepId,
  });
  if (o.category) for (const f of read.findings) f.category = o.category;
  applySeverityOverrides(read.findings, o.severities);
  const tools = read.tools.map((t) => ({ ...t, ...(o.category ? { category: o.category } : {}) }));
  ctx.log(`${name}: ${count(read.findings.length, 'finding')} from ${count(tools.length, 'SARIF run')}`);
  return { findings: read.findings, tools, ...(toStdout ? {} : { artifacts: [file] }) };
}

function applySeverityOverrides(findings: Finding[], table: Record<string, Finding['severity']>): void {
  if (Object.keys(table).length === 0) return;
  const lower = Object.fromEntries(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));
  for (const f of findings) {
    const word = f.properties?.toolSeverity ?? f.properties?.severityText;
    const s = table[f.ruleId] ?? (word !== undefined ? lower[String(word).toLowerCase()] : undefined);
    if (s) f.severity = s;
  }
}

function lastLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.length > MAX_STDERR_LINES
    ? [`… ${lines.length - MAX_STDERR_LINES} earlier lines left out`, ...lines.slice(-MAX_STDERR_LINES)]
    : lines;
}

function logLines(ctx: Ctx, lines: string[]): void {
  for (const l of lines) if (l !== '') ctx.log(l);
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
